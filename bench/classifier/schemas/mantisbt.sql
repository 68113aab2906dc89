-- origin: mantisbt/mantisbt sql/db_generate.sql at 9bb892790e1b73fb4f9c99c56b2017028f21d036 (MantisBT 1.0.0a3 phpMyAdmin dump of the blank database; schema part: the 27 CREATE TABLE statements; the INSERT rows of mantis_upgrade_table and the default administrator row left out)

-- phpMyAdmin SQL Dump
-- version 2.6.0-pl3
-- http://www.phpmyadmin.net
-- 
-- Host: localhost
-- Generation Time: Apr 25, 2005 at 08:53 PM
-- Server version: 4.1.9
-- PHP Version: 4.3.10
-- 
-- Database: `mantis`
-- 

-- --------------------------------------------------------

-- 
-- Table structure for table `mantis_bug_file_table`
-- 

CREATE TABLE mantis_bug_file_table (
  id int(7) unsigned NOT NULL auto_increment,
  bug_id int(7) unsigned NOT NULL default '0',
  title varchar(250) NOT NULL default '',
  description varchar(250) NOT NULL default '',
  diskfile varchar(250) NOT NULL default '',
  filename varchar(250) NOT NULL default '',
  folder varchar(250) NOT NULL default '',
  filesize int(11) NOT NULL default '0',
  file_type varchar(250) NOT NULL default '',
  date_added datetime NOT NULL default '1970-01-01 00:00:01',
  content longblob NOT NULL,
  PRIMARY KEY  (id),
  KEY bug_id (bug_id)
) TYPE=MyISAM;

-- 
-- Dumping data for table `mantis_bug_file_table`
-- 


-- --------------------------------------------------------

-- 
-- Table structure for table `mantis_bug_history_table`
-- 

CREATE TABLE mantis_bug_history_table (
  id int(7) unsigned NOT NULL auto_increment,
  user_id int(7) unsigned NOT NULL default '0',
  bug_id int(7) unsigned NOT NULL default '0',
  date_modified datetime NOT NULL default '1970-01-01 00:00:01',
  field_name varchar(32) NOT NULL default '',
  old_value varchar(128) NOT NULL default '',
  new_value varchar(128) NOT NULL default '',
  `type` int(2) NOT NULL default '0',
  PRIMARY KEY  (id),
  KEY bug_id (bug_id),
  KEY user_id (user_id)
) TYPE=MyISAM;

-- 
-- Dumping data for table `mantis_bug_history_table`
-- 


-- --------------------------------------------------------

-- 
-- Table structure for table `mantis_bug_monitor_table`
-- 

CREATE TABLE mantis_bug_monitor_table (
  user_id int(7) unsigned NOT NULL default '0',
  bug_id int(7) unsigned NOT NULL default '0',
  PRIMARY KEY  (user_id,bug_id)
) TYPE=MyISAM;

-- 
-- Dumping data for table `mantis_bug_monitor_table`
-- 


-- --------------------------------------------------------

-- 
-- Table structure for table `mantis_bug_relationship_table`
-- 

CREATE TABLE mantis_bug_relationship_table (
  id int(7) unsigned NOT NULL auto_increment,
  source_bug_id int(7) unsigned NOT NULL default '0',
  destination_bug_id int(7) unsigned NOT NULL default '0',
  relationship_type int(2) NOT NULL default '0',
  PRIMARY KEY  (id),
  KEY source_bug_id (source_bug_id),
  KEY destination_bug_id (destination_bug_id)
) TYPE=MyISAM;

-- 
-- Dumping data for table `mantis_bug_relationship_table`
-- 


-- --------------------------------------------------------

-- 
-- Table structure for table `mantis_bug_table`
-- 

CREATE TABLE mantis_bug_table (
  id int(7) unsigned NOT NULL auto_increment,
  project_id int(7) unsigned NOT NULL default '0',
  reporter_id int(7) unsigned NOT NULL default '0',
  handler_id int(7) unsigned NOT NULL default '0',
  duplicate_id int(7) unsigned NOT NULL default '0',
  priority int(2) NOT NULL default '30',
  severity int(2) NOT NULL default '50',
  reproducibility int(2) NOT NULL default '10',
  `status` int(2) NOT NULL default '10',
  resolution int(2) NOT NULL default '10',
  projection int(2) NOT NULL default '10',
  category varchar(64) NOT NULL default '',
  date_submitted datetime NOT NULL default '1970-01-01 00:00:01',
  last_updated datetime NOT NULL default '1970-01-01 00:00:01',
  eta int(2) NOT NULL default '10',
  bug_text_id int(7) unsigned NOT NULL default '0',
  os varchar(32) NOT NULL default '',
  os_build varchar(32) NOT NULL default '',
  platform varchar(32) NOT NULL default '',
  version varchar(64) NOT NULL default '',
  fixed_in_version varchar(64) NOT NULL default '',
  build varchar(32) NOT NULL default '',
  profile_id int(7) unsigned NOT NULL default '0',
  view_state int(2) NOT NULL default '10',
  summary varchar(128) NOT NULL default '',
  sponsorship_total int(7) NOT NULL default '0',
  sticky tinyint(1) NOT NULL default '0',
  PRIMARY KEY  (id),
  KEY sponsorship_total (sponsorship_total),
  KEY `fixed_in_version` (`fixed_in_version`),
  KEY `status` (`status`),
  KEY `project_id` (`project_id`)
) TYPE=MyISAM;

-- 
-- Dumping data for table `mantis_bug_table`
-- 


-- --------------------------------------------------------

-- 
-- Table structure for table `mantis_bug_text_table`
-- 

CREATE TABLE mantis_bug_text_table (
  id int(7) unsigned NOT NULL auto_increment,
  description text NOT NULL,
  steps_to_reproduce text NOT NULL,
  additional_information text NOT NULL,
  PRIMARY KEY  (id)
) TYPE=MyISAM;

-- 
-- Dumping data for table `mantis_bug_text_table`
-- 


-- --------------------------------------------------------

-- 
-- Table structure for table `mantis_bugnote_table`
-- 

CREATE TABLE mantis_bugnote_table (
  id int(7) unsigned NOT NULL auto_increment,
  bug_id int(7) unsigned NOT NULL default '0',
  reporter_id int(7) unsigned NOT NULL default '0',
  bugnote_text_id int(7) unsigned NOT NULL default '0',
  view_state int(2) NOT NULL default '10',
  date_submitted datetime NOT NULL default '1970-01-01 00:00:01',
  last_modified datetime NOT NULL default '1970-01-01 00:00:01',
  note_type int(7) default '0',
  note_attr varchar(250) default '',
  PRIMARY KEY  (id),
  KEY bug_id (bug_id),
  KEY `last_modified` (`last_modified`)
) TYPE=MyISAM;

-- 
-- Dumping data for table `mantis_bugnote_table`
-- 


-- --------------------------------------------------------

-- 
-- Table structure for table `mantis_bugnote_text_table`
-- 

CREATE TABLE mantis_bugnote_text_table (
  id int(7) unsigned NOT NULL auto_increment,
  note text NOT NULL,
  PRIMARY KEY  (id)
) TYPE=MyISAM;

-- 
-- Dumping data for table `mantis_bugnote_text_table`
-- 


-- --------------------------------------------------------

-- 
-- Table structure for table `mantis_config_table`
-- 

CREATE TABLE mantis_config_table (
  config_id varchar(64) NOT NULL default '',
  project_id int(11) NOT NULL default '0',
  user_id int(11) NOT NULL default '0',
  access_reqd int(11) default '0',
  `type` int(11) default '90',
  `value` text NOT NULL,
  PRIMARY KEY  (config_id,project_id,user_id),
  KEY config_id (config_id)
) TYPE=MyISAM;

-- 
-- Dumping data for table `mantis_config_table`
-- 


-- --------------------------------------------------------

-- 
-- Table structure for table `mantis_custom_field_project_table`
-- 

CREATE TABLE mantis_custom_field_project_table (
  field_id int(3) NOT NULL default '0',
  project_id int(7) unsigned NOT NULL default '0',
  sequence int(2) NOT NULL default '0',
  PRIMARY KEY  (field_id,project_id)
) TYPE=MyISAM;

-- 
-- Dumping data for table `mantis_custom_field_project_table`
-- 


-- --------------------------------------------------------

-- 
-- Table structure for table `mantis_custom_field_string_table`
-- 

CREATE TABLE mantis_custom_field_string_table (
  field_id int(3) NOT NULL default '0',
  bug_id int(7) NOT NULL default '0',
  `value` varchar(255) NOT NULL default '',
  PRIMARY KEY  (field_id,bug_id)
) TYPE=MyISAM;

-- 
-- Dumping data for table `mantis_custom_field_string_table`
-- 


-- --------------------------------------------------------

-- 
-- Table structure for table `mantis_custom_field_table`
-- 

CREATE TABLE mantis_custom_field_table (
  id int(3) NOT NULL auto_increment,
  name varchar(64) NOT NULL default '',
  `type` int(2) NOT NULL default '0',
  possible_values varchar(255) NOT NULL default '',
  default_value varchar(255) NOT NULL default '',
  valid_regexp varchar(255) NOT NULL default '',
  access_level_r int(2) NOT NULL default '0',
  access_level_rw int(2) NOT NULL default '0',
  length_min int(3) NOT NULL default '0',
  length_max int(3) NOT NULL default '0',
  advanced int(1) NOT NULL default '0',
  require_report tinyint(1) NOT NULL default '0',
  require_update tinyint(1) NOT NULL default '0',
  display_report tinyint(1) NOT NULL default '1',
  display_update tinyint(1) NOT NULL default '1',
  require_resolved tinyint(1) NOT NULL default '0',
  display_resolved tinyint(1) NOT NULL default '0',
  display_closed tinyint(1) NOT NULL default '0',
  require_closed tinyint(1) NOT NULL default '0',
  PRIMARY KEY  (id),
  KEY name (name)
) TYPE=MyISAM;

-- 
-- Dumping data for table `mantis_custom_field_table`
-- 


-- --------------------------------------------------------

-- 
-- Table structure for table `mantis_filters_table`
-- 

CREATE TABLE mantis_filters_table (
  id int(7) unsigned NOT NULL auto_increment,
  user_id int(7) NOT NULL default '0',
  project_id int(7) NOT NULL default '0',
  is_public tinyint(1) default NULL,
  name varchar(64) NOT NULL default '',
  filter_string text NOT NULL,
  PRIMARY KEY  (id)
) TYPE=MyISAM;

-- 
-- Dumping data for table `mantis_filters_table`
-- 


-- --------------------------------------------------------

-- 
-- Table structure for table `mantis_news_table`
-- 

CREATE TABLE mantis_news_table (
  id int(7) unsigned NOT NULL auto_increment,
  project_id int(7) unsigned NOT NULL default '0',
  poster_id int(7) unsigned NOT NULL default '0',
  date_posted datetime NOT NULL default '1970-01-01 00:00:01',
  last_modified datetime NOT NULL default '1970-01-01 00:00:01',
  view_state int(2) NOT NULL default '10',
  announcement int(1) NOT NULL default '0',
  headline varchar(64) NOT NULL default '',
  body text NOT NULL,
  PRIMARY KEY  (id),
  KEY id (id)
) TYPE=MyISAM;

-- 
-- Dumping data for table `mantis_news_table`
-- 


-- --------------------------------------------------------

-- 
-- Table structure for table `mantis_project_category_table`
-- 

CREATE TABLE mantis_project_category_table (
  project_id int(7) unsigned NOT NULL default '0',
  category varchar(64) NOT NULL default '',
  user_id int(7) unsigned NOT NULL default '0',
  PRIMARY KEY  (project_id,category)
) TYPE=MyISAM;

-- 
-- Dumping data for table `mantis_project_category_table`
-- 


-- --------------------------------------------------------

-- 
-- Table structure for table `mantis_project_file_table`
-- 

CREATE TABLE mantis_project_file_table (
  id int(7) unsigned NOT NULL auto_increment,
  project_id int(7) unsigned NOT NULL default '0',
  title varchar(250) NOT NULL default '',
  description varchar(250) NOT NULL default '',
  diskfile varchar(250) NOT NULL default '',
  filename varchar(250) NOT NULL default '',
  folder varchar(250) NOT NULL default '',
  filesize int(11) NOT NULL default '0',
  file_type varchar(250) NOT NULL default '',
  date_added datetime NOT NULL default '1970-01-01 00:00:01',
  content longblob NOT NULL,
  PRIMARY KEY  (id)
) TYPE=MyISAM;

-- 
-- Dumping data for table `mantis_project_file_table`
-- 


-- --------------------------------------------------------

-- 
-- Table structure for table `mantis_project_hierarchy_table`
-- 

CREATE TABLE mantis_project_hierarchy_table (
  child_id int(10) unsigned NOT NULL default '0',
  parent_id int(10) unsigned NOT NULL default '0',
  KEY `child_id` (`child_id`)
) TYPE=MyISAM;

-- 
-- Dumping data for table `mantis_project_hierarchy_table`
-- 


-- --------------------------------------------------------

-- 
-- Table structure for table `mantis_project_table`
-- 

CREATE TABLE mantis_project_table (
  id int(7) unsigned NOT NULL auto_increment,
  name varchar(128) NOT NULL default '',
  `status` int(2) NOT NULL default '10',
  enabled int(1) NOT NULL default '1',
  view_state int(2) NOT NULL default '10',
  access_min int(2) NOT NULL default '10',
  file_path varchar(250) NOT NULL default '',
  description text NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY name (name),
  KEY id (id),
  KEY `view_state` (`view_state`)
) TYPE=MyISAM;

-- 
-- Dumping data for table `mantis_project_table`
-- 


-- --------------------------------------------------------

-- 
-- Table structure for table `mantis_project_user_list_table`
-- 

CREATE TABLE mantis_project_user_list_table (
  project_id int(7) unsigned NOT NULL default '0',
  user_id int(7) unsigned NOT NULL default '0',
  access_level int(2) NOT NULL default '10',
  PRIMARY KEY  (project_id,user_id),
  KEY `user_id` (`user_id`)
) TYPE=MyISAM;

-- 
-- Dumping data for table `mantis_project_user_list_table`
-- 


-- --------------------------------------------------------

-- 
-- Table structure for table `mantis_project_version_table`
-- 

CREATE TABLE mantis_project_version_table (
  id int(7) NOT NULL auto_increment,
  project_id int(7) unsigned NOT NULL default '0',
  version varchar(64) NOT NULL default '',
  date_order datetime NOT NULL default '1970-01-01 00:00:01',
  description text NOT NULL,
  released tinyint(1) NOT NULL default '1',
  PRIMARY KEY  (id),
  UNIQUE KEY project_version (project_id,version)
) TYPE=MyISAM;

-- 
-- Dumping data for table `mantis_project_version_table`
-- 


-- --------------------------------------------------------

-- 
-- Table structure for table `mantis_sponsorship_table`
-- 

CREATE TABLE mantis_sponsorship_table (
  id int(7) NOT NULL auto_increment,
  bug_id int(7) NOT NULL default '0',
  user_id int(7) NOT NULL default '0',
  amount int(7) NOT NULL default '0',
  logo varchar(128) NOT NULL default '',
  url varchar(128) NOT NULL default '',
  paid int(1) NOT NULL default '0',
  date_submitted datetime NOT NULL default '1970-01-01 00:00:01',
  last_updated datetime NOT NULL default '1970-01-01 00:00:01',
  PRIMARY KEY  (id),
  KEY bug_id (bug_id),
  KEY user_id (user_id)
) TYPE=MyISAM COMMENT='A table for sponsorships';

-- 
-- Dumping data for table `mantis_sponsorship_table`
-- 


-- --------------------------------------------------------

-- 
-- Table structure for table `mantis_tokens_table`
-- 

CREATE TABLE mantis_tokens_table (
  id int(11) NOT NULL auto_increment,
  owner int(11) NOT NULL default '0',
  `type` int(11) NOT NULL default '0',
  `timestamp` datetime NOT NULL default '0000-00-00 00:00:00',
  expiry datetime NOT NULL default '0000-00-00 00:00:00',
  `value` text NOT NULL,
  PRIMARY KEY  (id)
) TYPE=MyISAM;

-- 
-- Dumping data for table `mantis_tokens_table`
-- 


-- --------------------------------------------------------

-- 
-- Table structure for table `mantis_upgrade_table`
-- 

CREATE TABLE mantis_upgrade_table (
  upgrade_id char(20) NOT NULL default '',
  description char(255) NOT NULL default '',
  PRIMARY KEY  (upgrade_id)
) TYPE=MyISAM;

-- 
-- Dumping data for table `mantis_upgrade_table`
-- 


-- --------------------------------------------------------

-- 
-- Table structure for table `mantis_user_pref_table`
-- 

CREATE TABLE mantis_user_pref_table (
  id int(7) unsigned NOT NULL auto_increment,
  user_id int(7) unsigned NOT NULL default '0',
  project_id int(7) unsigned NOT NULL default '0',
  default_profile int(7) unsigned NOT NULL default '0',
  default_project int(7) unsigned NOT NULL default '0',
  advanced_report int(1) NOT NULL default '0',
  advanced_view int(1) NOT NULL default '0',
  advanced_update int(1) NOT NULL default '0',
  refresh_delay int(4) NOT NULL default '0',
  redirect_delay int(1) NOT NULL default '0',
  bugnote_order varchar(4) NOT NULL default 'ASC',
  email_on_new int(1) NOT NULL default '0',
  email_on_assigned int(1) NOT NULL default '0',
  email_on_feedback int(1) NOT NULL default '0',
  email_on_resolved int(1) NOT NULL default '0',
  email_on_closed int(1) NOT NULL default '0',
  email_on_reopened int(1) NOT NULL default '0',
  email_on_bugnote int(1) NOT NULL default '0',
  email_on_status int(1) NOT NULL default '0',
  email_on_priority int(1) NOT NULL default '0',
  email_on_priority_minimum_severity int(2) NOT NULL default '10',
  email_on_status_minimum_severity int(2) NOT NULL default '10',
  email_on_bugnote_minimum_severity int(2) NOT NULL default '10',
  email_on_reopened_minimum_severity int(2) NOT NULL default '10',
  email_on_closed_minimum_severity int(2) NOT NULL default '10',
  email_on_resolved_minimum_severity int(2) NOT NULL default '10',
  email_on_feedback_minimum_severity int(2) NOT NULL default '10',
  email_on_assigned_minimum_severity int(2) NOT NULL default '10',
  email_on_new_minimum_severity int(2) NOT NULL default '10',
  email_bugnote_limit int(2) NOT NULL default '0',
  language varchar(32) NOT NULL default 'english',
  PRIMARY KEY  (id)
) TYPE=MyISAM;

-- 
-- Dumping data for table `mantis_user_pref_table`
-- 


-- --------------------------------------------------------

-- 
-- Table structure for table `mantis_user_print_pref_table`
-- 

CREATE TABLE mantis_user_print_pref_table (
  user_id int(7) unsigned NOT NULL default '0',
  print_pref varchar(27) NOT NULL default '',
  PRIMARY KEY  (user_id)
) TYPE=MyISAM;

-- 
-- Dumping data for table `mantis_user_print_pref_table`
-- 


-- --------------------------------------------------------

-- 
-- Table structure for table `mantis_user_profile_table`
-- 

CREATE TABLE mantis_user_profile_table (
  id int(7) unsigned NOT NULL auto_increment,
  user_id int(7) unsigned NOT NULL default '0',
  platform varchar(32) NOT NULL default '',
  os varchar(32) NOT NULL default '',
  os_build varchar(32) NOT NULL default '',
  description text NOT NULL,
  PRIMARY KEY  (id)
) TYPE=MyISAM;

-- 
-- Dumping data for table `mantis_user_profile_table`
-- 


-- --------------------------------------------------------

-- 
-- Table structure for table `mantis_user_table`
-- 

CREATE TABLE mantis_user_table (
  id int(7) unsigned NOT NULL auto_increment,
  username varchar(32) NOT NULL default '',
  realname varchar(64) NOT NULL default '',
  email varchar(64) NOT NULL default '',
  `password` varchar(32) NOT NULL default '',
  date_created datetime NOT NULL default '1970-01-01 00:00:01',
  last_visit datetime NOT NULL default '1970-01-01 00:00:01',
  enabled int(1) NOT NULL default '1',
  protected int(1) NOT NULL default '0',
  access_level int(2) NOT NULL default '10',
  login_count int(11) NOT NULL default '0',
  lost_password_request_count int(2) NOT NULL default '0',
  failed_login_count int(2) NOT NULL default '0',
  cookie_string varchar(64) NOT NULL default '',
  PRIMARY KEY  (id),
  UNIQUE KEY cookie_string (cookie_string),
  UNIQUE KEY username (username),
  KEY `enabled` (`enabled`),
  KEY `access_level` (`access_level`)
) TYPE=MyISAM;

-- 
-- Dumping data for table `mantis_user_table`
-- 

