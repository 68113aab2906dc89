-- install/sql/setting_tbl.sql
CREATE TABLE setting_tbl (
  clinic_name VARCHAR(128) NULL,
  clinic_hours VARCHAR(128) NULL,
  clinic_address TEXT NULL,
  clinic_phone VARCHAR(40) NULL,
  clinic_url TEXT NULL, /* web page of the clinic if exists */
  session_timeout SMALLINT UNSIGNED NOT NULL DEFAULT 20,
  items_per_page TINYINT UNSIGNED NOT NULL DEFAULT 10,
  version VARCHAR(14) NOT NULL,
  language VARCHAR(10) NOT NULL DEFAULT 'en',
  id_theme SMALLINT UNSIGNED NOT NULL DEFAULT 1,
  FOREIGN KEY (id_theme) REFERENCES theme_tbl(id_theme) ON DELETE SET DEFAULT
) MIN_ROWS=1 MAX_ROWS=1 ENGINE=MyISAM;

-- install/sql/theme_tbl.sql
CREATE TABLE theme_tbl (
  id_theme SMALLINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  theme_name VARCHAR(50) NOT NULL,
  css_file VARCHAR(50) NOT NULL
) ENGINE=MyISAM;

-- install/sql/staff_tbl.sql
CREATE TABLE staff_tbl (
  id_member INT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  member_type ENUM('Administrative','Doctor') NOT NULL DEFAULT 'Administrative',
  collegiate_number VARCHAR(20) NULL, /* número de colegiado */
  nif VARCHAR(20) NULL,
  first_name VARCHAR(25) NOT NULL,
  surname1 VARCHAR(30) NOT NULL,
  surname2 VARCHAR(30) NULL DEFAULT '',
  address TEXT NULL,
  phone_contact TEXT NULL,
  id_user INT UNSIGNED NULL,
  login VARCHAR(20) NULL,
  FOREIGN KEY (id_user) REFERENCES user_tbl(id_user) ON DELETE SET NULL
) ENGINE=MyISAM;

-- install/sql/user_tbl.sql
CREATE TABLE user_tbl (
  id_user INT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  pwd VARCHAR(32) NOT NULL, /* 32 caracteres por ser md5 */
  email VARCHAR(40) NULL,
  actived ENUM('N','Y') NOT NULL DEFAULT 'N',
  id_theme SMALLINT UNSIGNED NOT NULL DEFAULT 1,
  id_profile SMALLINT UNSIGNED NOT NULL DEFAULT 3, /* por defecto perfil de médico */
  FOREIGN KEY (id_theme) REFERENCES theme_tbl(id_theme) ON DELETE SET DEFAULT,
  FOREIGN KEY (id_profile) REFERENCES profile_tbl(id_profile) ON DELETE SET DEFAULT
) ENGINE=MyISAM;

-- install/sql/patient_tbl.sql
CREATE TABLE patient_tbl (
  id_patient INT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  /*last_update_date DATE NOT NULL,*/ /* fecha de última actualización */
  nif VARCHAR(20) NULL,
  first_name VARCHAR(25) NOT NULL,
  surname1 VARCHAR(30) NOT NULL,
  surname2 VARCHAR(30) NULL DEFAULT '',
  address TEXT NULL,
  phone_contact TEXT NULL,
  sex ENUM('V','H') NOT NULL DEFAULT 'V',
  race VARCHAR(25) NULL, /* raza: amarilla, blanca, cobriza, negra */
  birth_date DATE NULL, /* fecha de nacimiento */
  birth_place VARCHAR(40) NULL, /* lugar de nacimiento */
  decease_date DATE NULL, /* fecha de defunción */
  nts VARCHAR(30) NULL, /* número de tarjeta sanitaria */
  nss VARCHAR(30) NULL, /* número de la seguridad social */
  family_situation TEXT NULL, /* situación familiar */
  labour_situation TEXT NULL, /* situación laboral */
  education TEXT NULL, /* estudios */
  insurance_company VARCHAR(30) NULL, /* entidad aseguradora */
  id_member INT UNSIGNED NULL, /* clave del médico al que pertenece por cupo */
  FOREIGN KEY (id_member) REFERENCES staff_tbl(id_member) ON DELETE SET NULL
) ENGINE=MyISAM;

-- install/sql/history_tbl.sql
CREATE TABLE history_tbl (
  id_patient INT UNSIGNED PRIMARY KEY,
  birth_growth TEXT NULL, /* nacimiento y crecimiento (desarrollo) */
  growth_sexuality TEXT NULL, /* desarrollo y vida sexual */
  feed TEXT NULL, /* alimentación */
  habits TEXT NULL, /* hábitos */
  peristaltic_conditions TEXT NULL, /* condiciones peristáticas */
  psychological TEXT NULL, /* psicológicos */
  children_complaint TEXT NULL, /* enfermedades de la infancia */
  venereal_disease TEXT NULL, /* enfermedades de transmisión sexual */
  accident_surgical_operation TEXT NULL, /* accidentes e intervenciones quirúrgicas */
  medicinal_intolerance TEXT NULL, /* intolerancia medicamentosa */
  mental_illness TEXT NULL, /* enfermedades mentales y neuróticas */
  parents_status_health TEXT NULL, /* estado de salud de los padres */
  brothers_status_health TEXT NULL, /* estado de salud de los hermanos */
  spouse_childs_status_health TEXT NULL, /* estado de salud del cónyuge e hijos */
  family_illness TEXT NULL, /* enfermedades acumuladas en la familia */
  FOREIGN KEY (id_patient) REFERENCES patient_tbl(id_patient) ON DELETE CASCADE
) ENGINE=MyISAM;

-- install/sql/problem_tbl.sql
CREATE TABLE problem_tbl (
  id_problem INT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  last_update_date DATE NOT NULL, /* fecha de última actualización */
  id_patient INT UNSIGNED NOT NULL,
  id_member INT UNSIGNED NULL, /* clave del médico que atiende el problema */
  order_number TINYINT UNSIGNED NOT NULL, /* número de orden relativo a cada paciente */
  opening_date DATE NOT NULL, /* fecha de apertura */
  closing_date DATE NULL, /* fecha de cierre */
  meeting_place VARCHAR(40) NULL, /* lugar de encuentro */
  wording TEXT NOT NULL, /* enunciado del problema */
  subjective TEXT NULL, /* subjetivo */
  objective TEXT NULL, /* objetivo */
  appreciation TEXT NULL, /* valoración */
  action_plan TEXT NULL, /* plan de actuación */
  prescription TEXT NULL, /* prescripción (por prescripción facultativa, on doctor's orders) */
  FOREIGN KEY (id_patient) REFERENCES patient_tbl(id_patient) ON DELETE CASCADE,
  FOREIGN KEY (id_member) REFERENCES staff_tbl(id_member) ON DELETE SET NULL
) ENGINE=MyISAM;

-- install/sql/medical_test_tbl.sql
CREATE TABLE medical_test_tbl (
  id_test INT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  id_problem INT UNSIGNED NOT NULL,
  document_type VARCHAR(128) NULL, /* MIME type */
  path_filename TEXT NOT NULL,
  FOREIGN KEY (id_problem) REFERENCES problem_tbl(id_problem) ON DELETE CASCADE
) ENGINE=MyISAM;

-- install/sql/connection_problem_tbl.sql
CREATE TABLE connection_problem_tbl (
  id_problem INT UNSIGNED NOT NULL,
  id_connection INT UNSIGNED NOT NULL,
  PRIMARY KEY (id_problem,id_connection),
  FOREIGN KEY (id_problem) REFERENCES problem_tbl(id_problem) ON DELETE CASCADE,
  FOREIGN KEY (id_connection) REFERENCES problem_tbl(id_problem) ON DELETE CASCADE
) ENGINE=MyISAM;

-- install/sql/relative_tbl.sql
CREATE TABLE relative_tbl (
  id_patient INT UNSIGNED NOT NULL,
  id_relative INT UNSIGNED NOT NULL,
  PRIMARY KEY (id_patient,id_relative),
  FOREIGN KEY (id_patient) REFERENCES patient_tbl(id_patient) ON DELETE CASCADE,
  FOREIGN KEY (id_relative) REFERENCES patient_tbl(id_patient) ON DELETE CASCADE
) ENGINE=MyISAM;

-- install/sql/deleted_patient_tbl.sql
CREATE TABLE deleted_patient_tbl (
  id_patient INT UNSIGNED NOT NULL,
  nif VARCHAR(20) NULL,
  first_name VARCHAR(25) NOT NULL,
  surname1 VARCHAR(30) NOT NULL,
  surname2 VARCHAR(30) NULL DEFAULT '',
  address TEXT NULL,
  phone_contact TEXT NULL,
  sex ENUM('V','H') NOT NULL DEFAULT 'V',
  race VARCHAR(25) NULL, /* raza: blanca, amarilla, cobriza, negra */
  birth_date DATE NULL, /* fecha de nacimiento */
  birth_place VARCHAR(40) NULL, /* lugar de nacimiento */
  decease_date DATE NULL, /* fecha de defunción */
  nts VARCHAR(30) NULL, /* número de tarjeta sanitaria */
  nss VARCHAR(30) NULL, /* número de la seguridad social */
  family_situation TEXT NULL, /* situación familiar */
  labour_situation TEXT NULL, /* situación laboral */
  education TEXT NULL, /* estudios */
  insurance_company VARCHAR(30) NULL, /* entidad aseguradora */
  id_member INT UNSIGNED NULL, /* clave del médico al que pertenece por cupo */
  collegiate_number VARCHAR(20) NULL, /* numero de colegiado (del médico al que pertenece por cupo) */
  birth_growth TEXT NULL, /* nacimiento y crecimiento (desarrollo) */
  growth_sexuality TEXT NULL, /* desarrollo y vida sexual */
  feed TEXT NULL, /* alimentación */
  habits TEXT NULL, /* hábitos */
  peristaltic_conditions TEXT NULL, /* condiciones peristáticas */
  psychological TEXT NULL, /* psicológicos */
  children_complaint TEXT NULL, /* enfermedades de la infancia */
  venereal_disease TEXT NULL, /* enfermedades de transmisión sexual */
  accident_surgical_operation TEXT NULL, /* accidentes e intervenciones quirúrgicas */
  medicinal_intolerance TEXT NULL, /* intolerancia medicamentosa */
  mental_illness TEXT NULL, /* enfermedades mentales y neuróticas */
  parents_status_health TEXT NULL, /* estado de salud de los padres */
  brothers_status_health TEXT NULL, /* estado de salud de los hermanos */
  spouse_childs_status_health TEXT NULL, /* estado de salud del cónyuge e hijos */
  family_illness TEXT NULL, /* enfermedades acumuladas en la familia */
  create_date DATETIME NOT NULL,
  id_user INT UNSIGNED NOT NULL,
  login VARCHAR(20) NOT NULL
) ENGINE=MyISAM;

-- install/sql/deleted_problem_tbl.sql
CREATE TABLE deleted_problem_tbl (
  id_problem INT UNSIGNED NOT NULL,
  last_update_date DATE NOT NULL, /* fecha de última actualización */
  id_patient INT UNSIGNED NOT NULL,
  id_member INT UNSIGNED NULL, /* clave del médico que atiende el problema */
  collegiate_number VARCHAR(20) NULL, /* numero de colegiado (del médico al que pertenece por cupo) */
  order_number TINYINT UNSIGNED NOT NULL, /* número de orden relativo a cada paciente */
  opening_date DATE NOT NULL, /* fecha de apertura */
  closing_date DATE NULL, /* fecha de cierre */
  meeting_place VARCHAR(40) NULL, /* lugar de encuentro */
  wording TEXT NOT NULL, /* enunciado del problema */
  subjective TEXT NULL, /* subjetivo */
  objective TEXT NULL, /* objetivo */
  appreciation TEXT NULL, /* valoración */
  action_plan TEXT NULL, /* plan de actuación */
  prescription TEXT NULL, /* prescripción (por prescripción facultativa, on doctor's orders) */
  create_date DATETIME NOT NULL,
  id_user INT UNSIGNED NOT NULL,
  login VARCHAR(20) NOT NULL
) ENGINE=MyISAM;

-- install/sql/session_tbl.sql
CREATE TABLE session_tbl (
  login VARCHAR(20) NOT NULL,
  last_updated_date DATETIME NOT NULL,
  token INT NOT NULL
) ENGINE=MyISAM;

-- install/sql/access_log_tbl.sql
CREATE TABLE access_log_tbl (
  id_user INT UNSIGNED NOT NULL,
  login VARCHAR(20) NOT NULL,
  access_date DATETIME NOT NULL,
  id_profile SMALLINT UNSIGNED NOT NULL,
  PRIMARY KEY (id_user,access_date)
) ENGINE=MyISAM;

-- install/sql/record_log_tbl.sql
CREATE TABLE record_log_tbl (
  id_user INT UNSIGNED NOT NULL,
  login VARCHAR(20) NOT NULL,
  access_date DATETIME NOT NULL,
  table_name VARCHAR(25) NOT NULL,
  operation VARCHAR(10) NOT NULL,
  affected_row TEXT NOT NULL,
  KEY id_user (id_user)
) ENGINE=MyISAM;
