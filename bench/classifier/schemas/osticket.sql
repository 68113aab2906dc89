-- origin: osTicket/osTicket setup/inc/streams/core/install-mysql.sql at 040e11be3739d7370eae18a2db649483fdcc1844 (subset of tables; %TABLE_PREFIX% written as ost_; columns, types and primary keys kept, defaults and secondary indexes left out)
CREATE TABLE `ost_faq` (
  `faq_id` int(10) unsigned NOT NULL auto_increment,
  `category_id` int(10) unsigned NOT NULL,
  `ispublished` tinyint(1) unsigned NOT NULL,
  `question` varchar(255) NOT NULL,
  `answer` text NOT NULL,
  `keywords` tinytext,
  `notes` text,
  `views` int(10) unsigned NOT NULL,
  `score` int(10) NOT NULL,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  PRIMARY KEY (`faq_id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_faq_category` (
  `category_id` int(10) unsigned NOT NULL auto_increment,
  `ispublic` tinyint(1) unsigned NOT NULL,
  `name` varchar(125) default NULL,
  `description` text NOT NULL,
  `notes` tinytext NOT NULL,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  PRIMARY KEY (`category_id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_faq_topic` (
  `faq_id` int(10) unsigned NOT NULL,
  `topic_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`faq_id`,`topic_id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_sla` (
  `id` int(11) unsigned NOT NULL auto_increment,
  `isactive` tinyint(1) unsigned NOT NULL,
  `enable_priority_escalation` tinyint(1) unsigned NOT NULL,
  `disable_overdue_alerts` tinyint(1) unsigned NOT NULL,
  `grace_period` int(10) unsigned NOT NULL,
  `name` varchar(64) NOT NULL,
  `notes` text,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_config` (
  `id` int(11) unsigned NOT NULL auto_increment,
  `namespace` varchar(64) NOT NULL,
  `key` varchar(64) NOT NULL,
  `value` text NOT NULL,
  `updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_form` (
  `id` int(11) unsigned NOT NULL auto_increment,
  `pid` int(10) unsigned DEFAULT NULL,
  `type` varchar(8) NOT NULL,
  `flags` int(10) unsigned NOT NULL,
  `title` varchar(255) NOT NULL,
  `instructions` varchar(512),
  `name` varchar(64) NOT NULL,
  `notes` text,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_form_field` (
  `id` int(11) unsigned NOT NULL auto_increment,
  `form_id` int(11) unsigned NOT NULL,
  `flags` int(10) unsigned DEFAULT 1,
  `type` varchar(255) NOT NULL,
  `label` varchar(255) NOT NULL,
  `name` varchar(64) NOT NULL,
  `configuration` text,
  `sort` int(11) unsigned NOT NULL,
  `hint` varchar(512),
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_form_entry` (
  `id` int(11) unsigned NOT NULL auto_increment,
  `form_id` int(11) unsigned NOT NULL,
  `object_id` int(11) unsigned,
  `object_type` char(1) NOT NULL,
  `sort` int(11) unsigned NOT NULL,
  `extra` text,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_form_entry_values` (
  `entry_id` int(11) unsigned NOT NULL,
  `field_id` int(11) unsigned NOT NULL,
  `value` text,
  `value_id` int(11),
  PRIMARY KEY (`entry_id`, `field_id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_list` (
  `id` int(11) unsigned NOT NULL auto_increment,
  `name` varchar(255) NOT NULL,
  `name_plural` varchar(255),
  `sort_mode` enum('Alpha', '-Alpha', 'SortCol') NOT NULL,
  `masks` int(11) unsigned NOT NULL,
  `type` varchar(16) NULL,
  `notes` text,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_list_items` (
  `id` int(11) unsigned NOT NULL auto_increment,
  `list_id` int(11),
  `status` int(11) unsigned NOT NULL,
  `value` varchar(255) NOT NULL,
  `extra` varchar(255),
  `sort` int(11) NOT NULL,
  `properties` text,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_department` (
  `id` int(11) unsigned NOT NULL auto_increment,
  `pid` int(11) unsigned default NULL,
  `tpl_id` int(10) unsigned NOT NULL,
  `sla_id` int(10) unsigned NOT NULL,
  `email_id` int(10) unsigned NOT NULL,
  `autoresp_email_id` int(10) unsigned NOT NULL,
  `manager_id` int(10) unsigned NOT NULL,
  `name` varchar(128) NOT NULL,
  `signature` text NOT NULL,
  `ispublic` tinyint(1) unsigned NOT NULL,
  `group_membership` tinyint(1) NOT NULL,
  `ticket_auto_response` tinyint(1) NOT NULL,
  `message_auto_response` tinyint(1) NOT NULL,
  `path` varchar(128) NOT NULL,
  `updated` datetime NOT NULL,
  `created` datetime NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_draft` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `staff_id` int(11) unsigned NOT NULL,
  `namespace` varchar(32) NOT NULL,
  `body` text NOT NULL,
  `extra` text,
  `created` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_group` (
  `id` int(10) unsigned NOT NULL auto_increment,
  `role_id` int(11) unsigned NOT NULL,
  `flags` int(11) unsigned NOT NULL,
  `name` varchar(120) NOT NULL,
  `notes` text,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_role` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `flags` int(10) unsigned NOT NULL,
  `name` varchar(64) DEFAULT NULL,
  `permissions` text,
  `notes` text,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_group_dept_access` (
  `group_id` int(10) unsigned NOT NULL,
  `dept_id` int(10) unsigned NOT NULL,
  `role_id` int(10) unsigned NOT NULL
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_help_topic` (
  `topic_id` int(11) unsigned NOT NULL auto_increment,
  `topic_pid` int(10) unsigned NOT NULL,
  `isactive` tinyint(1) unsigned NOT NULL,
  `ispublic` tinyint(1) unsigned NOT NULL,
  `noautoresp` tinyint(3) unsigned NOT NULL,
  `flags` int(10) unsigned DEFAULT '0',
  `status_id` int(10) unsigned NOT NULL,
  `priority_id` int(10) unsigned NOT NULL,
  `dept_id` int(10) unsigned NOT NULL,
  `staff_id` int(10) unsigned NOT NULL,
  `team_id` int(10) unsigned NOT NULL,
  `sla_id` int(10) unsigned NOT NULL,
  `page_id` int(10) unsigned NOT NULL,
  `sequence_id` int(10) unsigned NOT NULL,
  `sort` int(10) unsigned NOT NULL,
  `topic` varchar(32) NOT NULL,
  `number_format` varchar(32) DEFAULT NULL,
  `notes` text,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  PRIMARY KEY (`topic_id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_organization` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `manager` varchar(16) NOT NULL,
  `status` int(11) unsigned NOT NULL,
  `domain` varchar(256) NOT NULL,
  `extra` text,
  `created` timestamp NULL DEFAULT NULL,
  `updated` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_canned_response` (
  `canned_id` int(10) unsigned NOT NULL auto_increment,
  `dept_id` int(10) unsigned NOT NULL,
  `isenabled` tinyint(1) unsigned NOT NULL,
  `title` varchar(255) NOT NULL,
  `response` text NOT NULL,
  `lang` varchar(16) NOT NULL,
  `notes` text,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  PRIMARY KEY (`canned_id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_note` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `pid` int(11) unsigned,
  `staff_id` int(11) unsigned NOT NULL,
  `ext_id` varchar(10),
  `body` text,
  `status` int(11) unsigned NOT NULL,
  `sort` int(11) unsigned NOT NULL,
  `created` timestamp NOT NULL,
  `updated` timestamp NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_session` (
  `session_id` varchar(255) NOT NULL,
  `session_data` blob,
  `session_expire` datetime default NULL,
  `session_updated` datetime default NULL,
  `user_id` varchar(16) NOT NULL COMMENT 'osTicket staff/client ID',
  `user_ip` varchar(64) NOT NULL,
  `user_agent` varchar(255) NOT NULL,
  PRIMARY KEY (`session_id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_staff` (
  `staff_id` int(11) unsigned NOT NULL auto_increment,
  `group_id` int(10) unsigned NOT NULL,
  `dept_id` int(10) unsigned NOT NULL,
  `role_id` int(10) unsigned NOT NULL,
  `username` varchar(32) NOT NULL,
  `firstname` varchar(32) default NULL,
  `lastname` varchar(32) default NULL,
  `passwd` varchar(128) default NULL,
  `backend` varchar(32) default NULL,
  `email` varchar(128) default NULL,
  `phone` varchar(24) NOT NULL,
  `phone_ext` varchar(6) default NULL,
  `mobile` varchar(24) NOT NULL,
  `signature` text NOT NULL,
  `lang` varchar(16) DEFAULT NULL,
  `timezone` varchar(64) default NULL,
  `locale` varchar(16) DEFAULT NULL,
  `notes` text,
  `isactive` tinyint(1) NOT NULL,
  `isadmin` tinyint(1) NOT NULL,
  `isvisible` tinyint(1) unsigned NOT NULL,
  `onvacation` tinyint(1) unsigned NOT NULL,
  `assigned_only` tinyint(1) unsigned NOT NULL,
  `show_assigned_tickets` tinyint(1) unsigned NOT NULL,
  `change_passwd` tinyint(1) unsigned NOT NULL,
  `max_page_size` int(11) unsigned NOT NULL,
  `auto_refresh_rate` int(10) unsigned NOT NULL,
  `default_signature_type` enum('none', 'mine', 'dept') NOT NULL,
  `default_paper_size` enum('Letter', 'Legal', 'Ledger', 'A4', 'A3') NOT NULL,
  `extra` text,
  `created` datetime NOT NULL,
  `lastlogin` datetime default NULL,
  `passwdreset` datetime default NULL,
  `updated` datetime NOT NULL,
  PRIMARY KEY (`staff_id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_syslog` (
  `log_id` int(11) unsigned NOT NULL auto_increment,
  `log_type` enum('Debug','Warning','Error') NOT NULL,
  `title` varchar(255) NOT NULL,
  `log` text NOT NULL,
  `logger` varchar(64) NOT NULL,
  `ip_address` varchar(64) NOT NULL,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  PRIMARY KEY (`log_id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_team` (
  `team_id` int(10) unsigned NOT NULL auto_increment,
  `lead_id` int(10) unsigned NOT NULL,
  `flags` int(10) unsigned NOT NULL,
  `name` varchar(125) NOT NULL,
  `notes` text,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  PRIMARY KEY (`team_id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_team_member` (
  `team_id` int(10) unsigned NOT NULL,
  `staff_id` int(10) unsigned NOT NULL,
  `updated` datetime NOT NULL,
  PRIMARY KEY (`team_id`,`staff_id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_thread` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `object_id` int(11) unsigned NOT NULL,
  `object_type` char(1) NOT NULL,
  `extra` text,
  `created` datetime NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_thread_entry` (
  `id` int(11) unsigned NOT NULL auto_increment,
  `pid` int(11) unsigned NOT NULL,
  `thread_id` int(11) unsigned NOT NULL,
  `staff_id` int(11) unsigned NOT NULL,
  `user_id` int(11) unsigned NOT NULL,
  `type` char(1) NOT NULL,
  `flags` int(11) unsigned NOT NULL,
  `poster` varchar(128) NOT NULL,
  `editor` int(10) unsigned NULL,
  `editor_type` char(1) NULL,
  `source` varchar(32) NOT NULL,
  `title` varchar(255),
  `body` text NOT NULL,
  `format` varchar(16) NOT NULL,
  `ip_address` varchar(64) NOT NULL,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_thread_entry_email` (
  `id` int(11) unsigned NOT NULL auto_increment,
  `thread_entry_id` int(11) unsigned NOT NULL,
  `mid` varchar(255) NOT NULL,
  `headers` text,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_ticket` (
  `ticket_id` int(11) unsigned NOT NULL auto_increment,
  `number` varchar(20),
  `user_id` int(11) unsigned NOT NULL,
  `user_email_id` int(11) unsigned NOT NULL,
  `status_id` int(10) unsigned NOT NULL,
  `dept_id` int(10) unsigned NOT NULL,
  `sla_id` int(10) unsigned NOT NULL,
  `topic_id` int(10) unsigned NOT NULL,
  `staff_id` int(10) unsigned NOT NULL,
  `team_id` int(10) unsigned NOT NULL,
  `email_id` int(11) unsigned NOT NULL,
  `lock_id` int(11) unsigned NOT NULL,
  `flags` int(10) unsigned NOT NULL,
  `ip_address` varchar(64) NOT NULL,
  `source` enum('Web','Email','Phone','API','Other') NOT NULL,
  `isoverdue` tinyint(1) unsigned NOT NULL,
  `isanswered` tinyint(1) unsigned NOT NULL,
  `duedate` datetime default NULL,
  `est_duedate` datetime default NULL,
  `reopened` datetime default NULL,
  `closed` datetime default NULL,
  `lastmessage` datetime default NULL,
  `lastresponse` datetime default NULL,
  `lastupdate` datetime default NULL,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  PRIMARY KEY (`ticket_id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_lock` (
  `lock_id` int(11) unsigned NOT NULL auto_increment,
  `staff_id` int(10) unsigned NOT NULL,
  `expire` datetime default NULL,
  `code` varchar(20),
  `created` datetime NOT NULL,
  PRIMARY KEY (`lock_id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_thread_event` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `thread_id` int(11) unsigned NOT NULL,
  `staff_id` int(11) unsigned NOT NULL,
  `team_id` int(11) unsigned NOT NULL,
  `dept_id` int(11) unsigned NOT NULL,
  `topic_id` int(11) unsigned NOT NULL,
  `state` enum('created','closed','reopened','assigned','transferred','overdue','edited','viewed','error','collab','resent') NOT NULL,
  `data` varchar(1024) DEFAULT NULL COMMENT 'Encoded differences',
  `username` varchar(128) NOT NULL,
  `uid` int(11) unsigned DEFAULT NULL,
  `uid_type` char(1) NOT NULL,
  `annulled` tinyint(1) unsigned NOT NULL,
  `timestamp` datetime NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_ticket_status` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(60) NOT NULL,
  `state` varchar(16) DEFAULT NULL,
  `mode` int(11) unsigned NOT NULL,
  `flags` int(11) unsigned NOT NULL,
  `sort` int(11) unsigned NOT NULL,
  `properties` text NOT NULL,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_ticket_priority` (
  `priority_id` tinyint(4) NOT NULL auto_increment,
  `priority` varchar(60) NOT NULL,
  `priority_desc` varchar(30) NOT NULL,
  `priority_color` varchar(7) NOT NULL,
  `priority_urgency` tinyint(1) unsigned NOT NULL,
  `ispublic` tinyint(1) NOT NULL,
  PRIMARY KEY (`priority_id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_thread_collaborator` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `isactive` tinyint(1) NOT NULL,
  `thread_id` int(11) unsigned NOT NULL,
  `user_id` int(11) unsigned NOT NULL,
  `role` char(1) NOT NULL,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_task` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `object_id` int(11) NOT NULL,
  `object_type` char(1) NOT NULL,
  `number` varchar(20) DEFAULT NULL,
  `dept_id` int(10) unsigned NOT NULL,
  `staff_id` int(10) unsigned NOT NULL,
  `team_id` int(10) unsigned NOT NULL,
  `lock_id` int(11) unsigned NOT NULL,
  `flags` int(10) unsigned NOT NULL,
  `duedate` datetime DEFAULT NULL,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_user` (
  `id` int(10) unsigned NOT NULL auto_increment,
  `org_id` int(10) unsigned NOT NULL,
  `default_email_id` int(10) NOT NULL,
  `status` int(11) unsigned NOT NULL,
  `name` varchar(128) NOT NULL,
  `created` datetime NOT NULL,
  `updated` datetime NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_user_email` (
  `id` int(10) unsigned NOT NULL auto_increment,
  `user_id` int(10) unsigned NOT NULL,
  `flags` int(10) unsigned NOT NULL,
  `address` varchar(128) NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8;
CREATE TABLE `ost_user_account` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int(10) unsigned NOT NULL,
  `status` int(11) unsigned NOT NULL,
  `timezone` varchar(64) DEFAULT NULL,
  `lang` varchar(16) DEFAULT NULL,
  `username` varchar(64) DEFAULT NULL,
  `passwd` varchar(128) DEFAULT NULL,
  `backend` varchar(32) DEFAULT NULL,
  `extra` text,
  `registered` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8;
