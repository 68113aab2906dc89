-- origin: LimeSurvey/LimeSurvey installer/sql/create-pgsql.sql at 0282aea3b6be40648f5a89594d79a0eb6d3c3c07 (PostgreSQL; schema part: every CREATE TABLE except the theme tables prefix_templates and prefix_template_configuration; table prefix kept as written (prefix_); defaults, INSERTs and secondary indexes left out; the per-survey response and token tables are created at run time and are not in this file)
CREATE TABLE prefix_answers (
    "qid" integer NOT NULL,
    "code" character varying(5) NOT NULL,
    "answer" text NOT NULL,
    "sortorder" integer NOT NULL,
    "language" character varying(20),
    "assessment_value" integer NOT NULL,
    "scale_id" integer NOT NULL,
    CONSTRAINT prefix_answers_pkey PRIMARY KEY (qid, code, "language", scale_id)
);
CREATE TABLE prefix_assessments (
    "id" serial NOT NULL,
    "sid" integer NOT NULL,
    "scope" character varying(5) NOT NULL,
    "gid" integer NOT NULL,
    "name" text NOT NULL,
    "minimum" character varying(50) NOT NULL,
    "maximum" character varying(50) NOT NULL,
    "message" text NOT NULL,
    "language" character varying(20) NOT NULL,
    CONSTRAINT prefix_assessments_pkey PRIMARY KEY (id,language)
);
CREATE TABLE prefix_conditions (
    "cid" serial NOT NULL,
    "qid" integer NOT NULL,
    "cqid" integer NOT NULL,
    "cfieldname" character varying(50) NOT NULL,
    "method" character varying(5) NOT NULL,
    "value" character varying(255) NOT NULL,
    "scenario" integer NOT NULL,
    CONSTRAINT prefix_conditions_pkey PRIMARY KEY (cid)
);
CREATE TABLE prefix_defaultvalues (
    "qid" integer NOT NULL,
    "scale_id" integer NOT NULL,
    "sqid" integer NOT NULL,
    "language" character varying(20) NOT NULL,
    "specialtype" character varying(20) NOT NULL,
    "defaultvalue" text,
    CONSTRAINT prefix_defaultvalues_pkey PRIMARY KEY (qid , specialtype, language, scale_id, sqid)
);
CREATE TABLE prefix_expression_errors (
  "id" serial NOT NULL,
  "errortime" character varying(50),
  "sid" integer,
  "gid" integer,
  "qid" integer,
  "gseq" integer,
  "qseq" integer,
  "type" character varying(50) ,
  "eqn" text,
  "prettyprint" text,
  CONSTRAINT prefix_expression_errors_pkey PRIMARY KEY (id)
);
CREATE TABLE prefix_failed_login_attempts (
  "id" serial PRIMARY KEY NOT NULL,
  "ip" character varying(40) NOT NULL,
  "last_attempt" character varying(20) NOT NULL,
  "number_attempts" integer NOT NULL
);
CREATE TABLE prefix_groups (
    "gid" serial NOT NULL,
    "sid" integer NOT NULL,
    "group_name" character varying(100) NOT NULL,
    "group_order" integer NOT NULL,
    "description" text,
    "language" character varying(20),
    "randomization_group" character varying(20) NOT NULL,
    "grelevance" text,
    CONSTRAINT prefix_groups_pkey PRIMARY KEY (gid, "language")
);
CREATE TABLE prefix_labels (
    "lid" integer NOT NULL,
    "code" character varying(5) NOT NULL,
    "title" text,
    "sortorder" integer NOT NULL,
    "assessment_value" integer NOT NULL,
    "language" character varying(20) NOT NULL,
    CONSTRAINT prefix_labels_pkey PRIMARY KEY (lid, sortorder, "language")
);
CREATE TABLE prefix_labelsets (
    "lid" serial NOT NULL,
    "label_name" character varying(100) NOT NULL,
    "languages" character varying(200),
    CONSTRAINT prefix_labelsets_pkey PRIMARY KEY (lid)
);
CREATE TABLE prefix_participant_attribute (
  "participant_id" character varying( 50 ) NOT NULL,
  "attribute_id" integer NOT NULL,
  "value" text NOT NULL,
  CONSTRAINT prefix_participant_attribut_pkey PRIMARY KEY (participant_id,attribute_id)
);
CREATE TABLE prefix_participant_attribute_names_lang (
  "attribute_id" integer NOT NULL,
  "attribute_name" character varying( 255 ) NOT NULL,
  "lang" character varying( 20 ) NOT NULL,
  CONSTRAINT prefix_participant_attribute_names_lang_pkey PRIMARY KEY (attribute_id,lang)
);
CREATE TABLE prefix_participant_attribute_names (
  "attribute_id" serial NOT NULL,
  "attribute_type" character varying( 4 ) NOT NULL,
  "defaultname" character varying(255) NOT NULL,
  "visible" character varying( 5 ) NOT NULL,
  CONSTRAINT prefix_participant_attribute_names_pkey PRIMARY KEY (attribute_id, attribute_type)
);
CREATE TABLE prefix_participant_attribute_values (
  "value_id" serial PRIMARY KEY NOT NULL,
  "attribute_id" integer NOT NULL,
  "value" text NOT NULL
);
CREATE TABLE prefix_participant_shares (
  "participant_id" character varying( 50 ) NOT NULL,
  "share_uid" integer NOT NULL,
  "date_added" timestamp NOT NULL,
  "can_edit" character varying( 5 ) NOT NULL,
  CONSTRAINT prefix_participant_shares_pkey PRIMARY KEY (participant_id,share_uid)
);
CREATE TABLE prefix_participants (
  "participant_id" character varying(50) PRIMARY KEY NOT NULL,
  "firstname" character varying(150),
  "lastname" character varying(150),
  "email" text,
  "language" character varying(40),
  "blacklisted" character varying(1) NOT NULL,
  "owner_uid" integer NOT NULL,
  "created_by" integer NOT NULL,
  "created" timestamp,
  "modified" timestamp
);
CREATE TABLE prefix_permissions (
    "id" serial NOT NULL,
    "entity" character varying(50) NOT NULL,
    "entity_id" integer NOT NULL,
    "uid" integer NOT NULL,
    "permission" character varying(100) NOT NULL,
    "create_p" integer NOT NULL,
    "read_p" integer NOT NULL,
    "update_p" integer NOT NULL,
    "delete_p" integer NOT NULL,
    "import_p" integer NOT NULL,
    "export_p" integer NOT NULL,
    CONSTRAINT prefix_permissions_pkey PRIMARY KEY (id)
);
CREATE TABLE prefix_plugins (
  "id" serial NOT NULL,
  "name" character varying(50) NOT NULL,
  "active" integer NOT NULL,
  "version" character varying(32),
  CONSTRAINT prefix_plugins_pkey PRIMARY KEY (id)
);
CREATE TABLE prefix_plugin_settings (
  "id" serial NOT NULL,
  "plugin_id" integer NOT NULL,
  "model" character varying(50) NULL,
  "model_id" integer NULL,
  "key" character varying(50) NOT NULL,
  "value" text NULL,
  CONSTRAINT prefix_plugin_settings_pkey PRIMARY KEY (id)
);
CREATE TABLE prefix_question_attributes (
    "qaid" serial NOT NULL,
    "qid" integer NOT NULL,
    "attribute" character varying(50),
    "value" text NULL,
    "language" character varying(20),
    CONSTRAINT prefix_question_attributes_pkey PRIMARY KEY (qaid)
);
CREATE TABLE prefix_questions (
    "qid" serial NOT NULL,
    "parent_qid" integer NOT NULL,
    "sid" integer NOT NULL,
    "gid" integer NOT NULL,
    "type" character varying(1) NOT NULL,
    "title" character varying(20) NOT NULL,
    "question" text NOT NULL,
    "preg" text,
    "help" text,
    "other" character varying(1) NOT NULL,
    "mandatory" character varying(1),
    "question_order" integer NOT NULL,
    "language" character varying(20) NOT NULL,
    "scale_id" integer NOT NULL,
    "same_default" integer NOT NULL,
    "relevance" text,
    "modulename" character varying(255),
    CONSTRAINT prefix_questions_pkey PRIMARY KEY (qid, "language")
);
CREATE TABLE prefix_quota (
    "id" serial NOT NULL,
    "sid" integer,
    "name" character varying(255),
    "qlimit" integer,
    "action" integer,
    "active" integer NOT NULL,
    "autoload_url" integer NOT NULL,
    CONSTRAINT prefix_quota_pkey PRIMARY KEY (id)
);
CREATE TABLE prefix_quota_languagesettings (
    "quotals_id" serial NOT NULL,
    "quotals_quota_id" integer NOT NULL,
    "quotals_language" character varying(45) NOT NULL,
    "quotals_name" character varying(255),
    "quotals_message" text NOT NULL,
    "quotals_url" character varying(255),
    "quotals_urldescrip" character varying(255),
    CONSTRAINT prefix_quota_languagesettings_pkey PRIMARY KEY (quotals_id)
);
CREATE TABLE prefix_quota_members (
    "id" serial NOT NULL,
    "sid" integer,
    "qid" integer,
    "quota_id" integer,
    "code" character varying(11),
    CONSTRAINT prefix_quota_members_pkey PRIMARY KEY (id)
);
CREATE TABLE prefix_saved_control (
    "scid" serial NOT NULL,
    "sid" integer NOT NULL,
    "srid" integer NOT NULL,
    "identifier" text NOT NULL,
    "access_code" text NOT NULL,
    "email" character varying(254),
    "ip" text NOT NULL,
    "saved_thisstep" text NOT NULL,
    "status" character varying(1) NOT NULL,
    "saved_date" timestamp NOT NULL,
    "refurl" text,
    CONSTRAINT prefix_saved_control_pkey PRIMARY KEY (scid)
);
CREATE TABLE prefix_sessions(
      "id" character varying(32) NOT NULL,
      "expire" integer,
      "data" bytea,
      CONSTRAINT prefix_sessions_pkey PRIMARY KEY ( id )
);
CREATE TABLE prefix_settings_global (
    "stg_name" character varying(50) NOT NULL,
    "stg_value" text NOT NULL,
    CONSTRAINT prefix_settings_global_pkey PRIMARY KEY (stg_name)
);
CREATE TABLE prefix_survey_links (
  "participant_id" character varying ( 50 ) NOT NULL,
  "token_id" integer NOT NULL,
  "survey_id" integer NOT NULL,
  "date_created" timestamp,
  "date_invited" timestamp,
  "date_completed" timestamp,
  CONSTRAINT prefix_survey_links_pkey PRIMARY KEY (participant_id,token_id,survey_id)
);
CREATE TABLE prefix_survey_url_parameters (
    "id" serial PRIMARY KEY NOT NULL,
    "sid" integer NOT NULL,
    "parameter" character varying(50) NOT NULL,
    "targetqid" integer NULL,
    "targetsqid" integer NULL
);
CREATE TABLE prefix_surveys (
    "sid" integer NOT NULL,
    "owner_id" integer NOT NULL,
    "admin" character varying(50),
    "active" character varying(1) NOT NULL,
    "expires" timestamp,
    "startdate" timestamp,
    "adminemail" character varying(254),
    "anonymized" character varying(1) NOT NULL,
    "faxto" character varying(20),
    "format" character varying(1),
    "savetimings" character varying(1) NOT NULL,
    "template" character varying(100),
    "language" character varying(50),
    "additional_languages" character varying(255),
    "datestamp" character varying(1) NOT NULL,
    "usecookie" character varying(1) NOT NULL,
    "allowregister" character varying(1) NOT NULL,
    "allowsave" character varying(1) NOT NULL,
    "autonumber_start" integer NOT NULL,
    "autoredirect" character varying(1) NOT NULL,
    "allowprev" character varying(1) NOT NULL,
    "printanswers" character varying(1) NOT NULL,
    "ipaddr" character varying(1) NOT NULL,
    "refurl" character varying(1) NOT NULL,
    "datecreated" date,
    "publicstatistics" character varying(1) NOT NULL,
    "publicgraphs" character varying(1) NOT NULL,
    "listpublic" character varying(1) NOT NULL,
    "htmlemail" character varying(1) NOT NULL,
    "sendconfirmation" character varying(1) NOT NULL,
    "tokenanswerspersistence" character varying(1) NOT NULL,
    "assessments" character varying(1) NOT NULL,
    "usecaptcha" character varying(1) NOT NULL,
    "usetokens" character varying(1) NOT NULL,
    "bounce_email" character varying(254),
    "attributedescriptions" text,
    "emailresponseto" text,
    "emailnotificationto" text,
    "tokenlength" integer NOT NULL,
    "showxquestions" character varying(1),
    "showgroupinfo" character varying(1),
    "shownoanswer" character varying(1),
    "showqnumcode" character varying(1),
    "bouncetime" integer,
    "bounceprocessing" character varying(1),
    "bounceaccounttype" character varying(4),
    "bounceaccounthost" character varying(200),
    "bounceaccountpass" character varying(100),
    "bounceaccountencryption" character varying(3),
    "bounceaccountuser" character varying(200),
    "showwelcome" character varying(1),
    "showprogress" character varying(1),
    "questionindex" integer NOT NULL,
    "navigationdelay" integer NOT NULL,
    "nokeyboard" character varying(1),
    "alloweditaftercompletion" character varying(1),
    "googleanalyticsstyle" character varying(1),
    "googleanalyticsapikey" character varying(25),
    CONSTRAINT prefix_surveys_pkey PRIMARY KEY (sid)
);
CREATE TABLE prefix_surveys_languagesettings (
    "surveyls_survey_id" integer NOT NULL,
    "surveyls_language" character varying(45),
    "surveyls_title" character varying(200) NOT NULL,
    "surveyls_description" text,
    "surveyls_welcometext" text,
    "surveyls_endtext" text,
    "surveyls_url" text,
    "surveyls_urldescription" character varying(255),
    "surveyls_email_invite_subj" character varying(255),
    "surveyls_email_invite" text,
    "surveyls_email_remind_subj" character varying(255),
    "surveyls_email_remind" text,
    "surveyls_email_register_subj" character varying(255),
    "surveyls_email_register" text,
    "surveyls_email_confirm_subj" character varying(255),
    "surveyls_email_confirm" text,
    "surveyls_dateformat" integer NOT NULL,
    "surveyls_attributecaptions" text,
    "email_admin_notification_subj" character varying(255),
    "email_admin_notification" text,
    "email_admin_responses_subj" character varying(255),
    "email_admin_responses" text,
    "surveyls_numberformat" integer NOT NULL,
    "attachments" text,
    CONSTRAINT prefix_surveys_languagesettings_pkey PRIMARY KEY (surveyls_survey_id, surveyls_language)
);
CREATE TABLE prefix_user_groups (
    "ugid" serial PRIMARY KEY NOT NULL,
    "name" character varying(20) NOT NULL,
    "description" text NOT NULL,
    "owner_id" integer NOT NULL
);
CREATE TABLE prefix_user_in_groups (
    "ugid" integer NOT NULL,
    "uid" integer NOT NULL,
    CONSTRAINT prefix_user_in_groups_pkey PRIMARY KEY (ugid, uid)
);
CREATE TABLE prefix_users (
    "uid" serial PRIMARY KEY NOT NULL,
    "users_name" character varying(64) UNIQUE NOT NULL,
    "password" bytea NOT NULL,
    "full_name" character varying(50) NOT NULL,
    "parent_id" integer NOT NULL,
    "lang" character varying(20),
    "email" character varying(254),
    "htmleditormode" character varying(7),
    "templateeditormode" character varying(7) NOT NULL,
    "questionselectormode" character varying(7) NOT NULL,
    "one_time_pw" bytea,
    "dateformat" integer NOT NULL,
    "created" timestamp,
    "modified" timestamp
);
CREATE TABLE prefix_boxes (
  "id" SERIAL,
  "position" integer,
  "url" text NOT NULL,
  "title" text NOT NULL,
  "ico" text,
  "desc" text NOT NULL,
  "page" text NOT NULL,
  "usergroup" integer NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE prefix_notifications (
    "id" SERIAL,
    "entity" character varying(15) NOT NULL,
    "entity_id" integer NOT NULL,
    "title" character varying(255) NOT NULL,
    "message" TEXT NOT NULL,
    "status" character varying(15) NOT NULL,
    "importance" integer NOT NULL,
    "display_class" character varying(31),
    "hash" character varying(64),
    "created" timestamp NOT NULL,
    "first_read" timestamp,
    CONSTRAINT prefix_notifications_pkey PRIMARY KEY (id)
);
CREATE TABLE prefix_settings_user (
    "uid" integer NOT NULL,
    "entity" character varying(15),
    "entity_id" character varying(31),
    "stg_name" character varying(63) NOT NULL,
    "stg_value" text NULL,
    CONSTRAINT prefix_user_settings_pkey PRIMARY KEY (uid, entity, entity_id, stg_name)
);
CREATE TABLE prefix_surveymenu (
  "id" integer NOT NULL,
  "parent_id" integer,
  "survey_id" integer,
  "user_id" integer,
  "ordering" integer,
  "level" integer,
  "title" character varying(255) NOT NULL,
  "position" character varying(255) NOT NULL,
  "description" text,
  "changed_at" timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "changed_by" integer NOT NULL,
  "created_at" timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "created_by" integer NOT NULL,
  PRIMARY KEY ("id")
);
CREATE TABLE prefix_surveymenu_entries (
  "id" integer NOT NULL,
  "menu_id" integer,
  "user_id" integer,
  "ordering" integer,
  "name" character varying(255) NOT NULL,
  "title" character varying(255) NOT NULL,
  "menu_title" character varying(255) NOT NULL,
  "menu_description" text,
  "menu_icon" character varying(255) NOT NULL,
  "menu_icon_type" character varying(255) NOT NULL,
  "menu_class" character varying(255) NOT NULL,
  "menu_link" character varying(255) NOT NULL,
  "action" character varying(255) NOT NULL,
  "template" character varying(255) NOT NULL,
  "partial" character varying(255) NOT NULL,
  "classes" character varying(255) NOT NULL,
  "permission" character varying(255) NOT NULL,
  "permission_grade" character varying(255),
  "data" text,
  "getdatamethod" character varying(255) NOT NULL,
  "language" character varying(255) NOT NULL,
  "changed_at" timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "changed_by" integer NOT NULL,
  "created_at" timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "created_by" integer NOT NULL,
  PRIMARY KEY (id),
  FOREIGN KEY (menu_id) REFERENCES  prefix_surveymenu (id) ON DELETE CASCADE
);
