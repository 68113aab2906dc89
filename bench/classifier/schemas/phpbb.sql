-- origin: phpbb/phpbb phpBB/install/schemas/postgres_schema.sql at 0072fcbdd4988c3c96c00e383df0a26a7f06e330 (PostgreSQL; subset of tables: users, posting, private messages, moderation and tracking, with the forums table; domain varchar_ci written as varchar(255); sequences, defaults, CHECKs and indexes left out)
CREATE TABLE phpbb_attachments (
	attach_id INT4,
	post_msg_id INT4 NOT NULL,
	topic_id INT4 NOT NULL,
	in_message INT2 NOT NULL,
	poster_id INT4 NOT NULL,
	is_orphan INT2 NOT NULL,
	physical_filename varchar(255) NOT NULL,
	real_filename varchar(255) NOT NULL,
	download_count INT4 NOT NULL,
	attach_comment varchar(4000) NOT NULL,
	extension varchar(100) NOT NULL,
	mimetype varchar(100) NOT NULL,
	filesize INT4 NOT NULL,
	filetime INT4 NOT NULL,
	thumbnail INT2 NOT NULL,
	PRIMARY KEY (attach_id)
);
CREATE TABLE phpbb_banlist (
	ban_id INT4,
	ban_userid INT4 NOT NULL,
	ban_ip varchar(40) NOT NULL,
	ban_email varchar(100) NOT NULL,
	ban_start INT4 NOT NULL,
	ban_end INT4 NOT NULL,
	ban_exclude INT2 NOT NULL,
	ban_reason varchar(255) NOT NULL,
	ban_give_reason varchar(255) NOT NULL,
	PRIMARY KEY (ban_id)
);
CREATE TABLE phpbb_bookmarks (
	topic_id INT4 NOT NULL,
	user_id INT4 NOT NULL,
	PRIMARY KEY (topic_id, user_id)
);
CREATE TABLE phpbb_drafts (
	draft_id INT4,
	user_id INT4 NOT NULL,
	topic_id INT4 NOT NULL,
	forum_id INT4 NOT NULL,
	save_time INT4 NOT NULL,
	draft_subject varchar(255) NOT NULL,
	draft_message TEXT NOT NULL,
	PRIMARY KEY (draft_id)
);
CREATE TABLE phpbb_forums (
	forum_id INT4,
	parent_id INT4 NOT NULL,
	left_id INT4 NOT NULL,
	right_id INT4 NOT NULL,
	forum_parents TEXT NOT NULL,
	forum_name varchar(255) NOT NULL,
	forum_desc varchar(4000) NOT NULL,
	forum_desc_bitfield varchar(255) NOT NULL,
	forum_desc_options INT4 NOT NULL,
	forum_desc_uid varchar(8) NOT NULL,
	forum_link varchar(255) NOT NULL,
	forum_password varchar(40) NOT NULL,
	forum_style INT4 NOT NULL,
	forum_image varchar(255) NOT NULL,
	forum_rules varchar(4000) NOT NULL,
	forum_rules_link varchar(255) NOT NULL,
	forum_rules_bitfield varchar(255) NOT NULL,
	forum_rules_options INT4 NOT NULL,
	forum_rules_uid varchar(8) NOT NULL,
	forum_topics_per_page INT2 NOT NULL,
	forum_type INT2 NOT NULL,
	forum_status INT2 NOT NULL,
	forum_posts INT4 NOT NULL,
	forum_topics INT4 NOT NULL,
	forum_topics_real INT4 NOT NULL,
	forum_last_post_id INT4 NOT NULL,
	forum_last_poster_id INT4 NOT NULL,
	forum_last_post_subject varchar(255) NOT NULL,
	forum_last_post_time INT4 NOT NULL,
	forum_last_poster_name varchar(255) NOT NULL,
	forum_last_poster_colour varchar(6) NOT NULL,
	forum_flags INT2 NOT NULL,
	forum_options INT4 NOT NULL,
	display_subforum_list INT2 NOT NULL,
	display_on_index INT2 NOT NULL,
	enable_indexing INT2 NOT NULL,
	enable_icons INT2 NOT NULL,
	enable_prune INT2 NOT NULL,
	prune_next INT4 NOT NULL,
	prune_days INT4 NOT NULL,
	prune_viewed INT4 NOT NULL,
	prune_freq INT4 NOT NULL,
	PRIMARY KEY (forum_id)
);
CREATE TABLE phpbb_forums_access (
	forum_id INT4 NOT NULL,
	user_id INT4 NOT NULL,
	session_id char(32) NOT NULL,
	PRIMARY KEY (forum_id, user_id, session_id)
);
CREATE TABLE phpbb_forums_track (
	user_id INT4 NOT NULL,
	forum_id INT4 NOT NULL,
	mark_time INT4 NOT NULL,
	PRIMARY KEY (user_id, forum_id)
);
CREATE TABLE phpbb_forums_watch (
	forum_id INT4 NOT NULL,
	user_id INT4 NOT NULL,
	notify_status INT2 NOT NULL
);
CREATE TABLE phpbb_log (
	log_id INT4,
	log_type INT2 NOT NULL,
	user_id INT4 NOT NULL,
	forum_id INT4 NOT NULL,
	topic_id INT4 NOT NULL,
	reportee_id INT4 NOT NULL,
	log_ip varchar(40) NOT NULL,
	log_time INT4 NOT NULL,
	log_operation varchar(4000) NOT NULL,
	log_data TEXT NOT NULL,
	PRIMARY KEY (log_id)
);
CREATE TABLE phpbb_login_attempts (
	attempt_ip varchar(40) NOT NULL,
	attempt_browser varchar(150) NOT NULL,
	attempt_forwarded_for varchar(255) NOT NULL,
	attempt_time INT4 NOT NULL,
	user_id INT4 NOT NULL,
	username varchar(255) NOT NULL,
	username_clean varchar(255) NOT NULL
);
CREATE TABLE phpbb_poll_options (
	poll_option_id INT2 NOT NULL,
	topic_id INT4 NOT NULL,
	poll_option_text varchar(4000) NOT NULL,
	poll_option_total INT4 NOT NULL
);
CREATE TABLE phpbb_poll_votes (
	topic_id INT4 NOT NULL,
	poll_option_id INT2 NOT NULL,
	vote_user_id INT4 NOT NULL,
	vote_user_ip varchar(40) NOT NULL
);
CREATE TABLE phpbb_posts (
	post_id INT4,
	topic_id INT4 NOT NULL,
	forum_id INT4 NOT NULL,
	poster_id INT4 NOT NULL,
	icon_id INT4 NOT NULL,
	poster_ip varchar(40) NOT NULL,
	post_time INT4 NOT NULL,
	post_approved INT2 NOT NULL,
	post_reported INT2 NOT NULL,
	enable_bbcode INT2 NOT NULL,
	enable_smilies INT2 NOT NULL,
	enable_magic_url INT2 NOT NULL,
	enable_sig INT2 NOT NULL,
	post_username varchar(255) NOT NULL,
	post_subject varchar(255) NOT NULL,
	post_text TEXT NOT NULL,
	post_checksum varchar(32) NOT NULL,
	post_attachment INT2 NOT NULL,
	bbcode_bitfield varchar(255) NOT NULL,
	bbcode_uid varchar(8) NOT NULL,
	post_wiki INT2 NOT NULL,
	post_postcount INT2 NOT NULL,
	post_edit_time INT4 NOT NULL,
	post_edit_reason varchar(255) NOT NULL,
	post_edit_user INT4 NOT NULL,
	post_edit_count INT2 NOT NULL,
	post_edit_locked INT2 NOT NULL,
	PRIMARY KEY (post_id)
);
CREATE TABLE phpbb_privmsgs (
	msg_id INT4,
	root_level INT4 NOT NULL,
	author_id INT4 NOT NULL,
	icon_id INT4 NOT NULL,
	author_ip varchar(40) NOT NULL,
	message_time INT4 NOT NULL,
	enable_bbcode INT2 NOT NULL,
	enable_smilies INT2 NOT NULL,
	enable_magic_url INT2 NOT NULL,
	enable_sig INT2 NOT NULL,
	message_subject varchar(255) NOT NULL,
	message_text TEXT NOT NULL,
	message_edit_reason varchar(255) NOT NULL,
	message_edit_user INT4 NOT NULL,
	message_attachment INT2 NOT NULL,
	bbcode_bitfield varchar(255) NOT NULL,
	bbcode_uid varchar(8) NOT NULL,
	message_edit_time INT4 NOT NULL,
	message_edit_count INT2 NOT NULL,
	to_address varchar(4000) NOT NULL,
	bcc_address varchar(4000) NOT NULL,
	message_reported INT2 NOT NULL,
	PRIMARY KEY (msg_id)
);
CREATE TABLE phpbb_privmsgs_folder (
	folder_id INT4,
	user_id INT4 NOT NULL,
	folder_name varchar(255) NOT NULL,
	pm_count INT4 NOT NULL,
	PRIMARY KEY (folder_id)
);
CREATE TABLE phpbb_privmsgs_rules (
	rule_id INT4,
	user_id INT4 NOT NULL,
	rule_check INT4 NOT NULL,
	rule_connection INT4 NOT NULL,
	rule_string varchar(255) NOT NULL,
	rule_user_id INT4 NOT NULL,
	rule_group_id INT4 NOT NULL,
	rule_action INT4 NOT NULL,
	rule_folder_id INT4 NOT NULL,
	PRIMARY KEY (rule_id)
);
CREATE TABLE phpbb_privmsgs_to (
	msg_id INT4 NOT NULL,
	user_id INT4 NOT NULL,
	author_id INT4 NOT NULL,
	pm_deleted INT2 NOT NULL,
	pm_new INT2 NOT NULL,
	pm_unread INT2 NOT NULL,
	pm_replied INT2 NOT NULL,
	pm_marked INT2 NOT NULL,
	pm_forwarded INT2 NOT NULL,
	folder_id INT4 NOT NULL
);
CREATE TABLE phpbb_profile_fields_data (
	user_id INT4 NOT NULL,
	PRIMARY KEY (user_id)
);
CREATE TABLE phpbb_reports (
	report_id INT4,
	reason_id INT2 NOT NULL,
	post_id INT4 NOT NULL,
	pm_id INT4 NOT NULL,
	user_id INT4 NOT NULL,
	user_notify INT2 NOT NULL,
	report_closed INT2 NOT NULL,
	report_time INT4 NOT NULL,
	report_text TEXT NOT NULL,
	reported_post_text TEXT NOT NULL,
	PRIMARY KEY (report_id)
);
CREATE TABLE phpbb_sessions (
	session_id char(32) NOT NULL,
	session_user_id INT4 NOT NULL,
	session_forum_id INT4 NOT NULL,
	session_last_visit INT4 NOT NULL,
	session_start INT4 NOT NULL,
	session_time INT4 NOT NULL,
	session_ip varchar(40) NOT NULL,
	session_browser varchar(150) NOT NULL,
	session_forwarded_for varchar(255) NOT NULL,
	session_page varchar(255) NOT NULL,
	session_viewonline INT2 NOT NULL,
	session_autologin INT2 NOT NULL,
	session_admin INT2 NOT NULL,
	PRIMARY KEY (session_id)
);
CREATE TABLE phpbb_sessions_keys (
	key_id char(32) NOT NULL,
	user_id INT4 NOT NULL,
	last_ip varchar(40) NOT NULL,
	last_login INT4 NOT NULL,
	PRIMARY KEY (key_id, user_id)
);
CREATE TABLE phpbb_topics (
	topic_id INT4,
	forum_id INT4 NOT NULL,
	icon_id INT4 NOT NULL,
	topic_attachment INT2 NOT NULL,
	topic_approved INT2 NOT NULL,
	topic_reported INT2 NOT NULL,
	topic_title varchar(255) NOT NULL,
	topic_poster INT4 NOT NULL,
	topic_time INT4 NOT NULL,
	topic_time_limit INT4 NOT NULL,
	topic_views INT4 NOT NULL,
	topic_replies INT4 NOT NULL,
	topic_replies_real INT4 NOT NULL,
	topic_status INT2 NOT NULL,
	topic_type INT2 NOT NULL,
	topic_first_post_id INT4 NOT NULL,
	topic_first_poster_name varchar(255) NOT NULL,
	topic_first_poster_colour varchar(6) NOT NULL,
	topic_last_post_id INT4 NOT NULL,
	topic_last_poster_id INT4 NOT NULL,
	topic_last_poster_name varchar(255) NOT NULL,
	topic_last_poster_colour varchar(6) NOT NULL,
	topic_last_post_subject varchar(255) NOT NULL,
	topic_last_post_time INT4 NOT NULL,
	topic_last_view_time INT4 NOT NULL,
	topic_moved_id INT4 NOT NULL,
	topic_bumped INT2 NOT NULL,
	topic_bumper INT4 NOT NULL,
	poll_title varchar(255) NOT NULL,
	poll_start INT4 NOT NULL,
	poll_length INT4 NOT NULL,
	poll_max_options INT2 NOT NULL,
	poll_last_vote INT4 NOT NULL,
	poll_vote_change INT2 NOT NULL,
	PRIMARY KEY (topic_id)
);
CREATE TABLE phpbb_topics_track (
	user_id INT4 NOT NULL,
	topic_id INT4 NOT NULL,
	forum_id INT4 NOT NULL,
	mark_time INT4 NOT NULL,
	PRIMARY KEY (user_id, topic_id)
);
CREATE TABLE phpbb_topics_posted (
	user_id INT4 NOT NULL,
	topic_id INT4 NOT NULL,
	topic_posted INT2 NOT NULL,
	PRIMARY KEY (user_id, topic_id)
);
CREATE TABLE phpbb_topics_watch (
	topic_id INT4 NOT NULL,
	user_id INT4 NOT NULL,
	notify_status INT2 NOT NULL
);
CREATE TABLE phpbb_user_group (
	group_id INT4 NOT NULL,
	user_id INT4 NOT NULL,
	group_leader INT2 NOT NULL,
	user_pending INT2 NOT NULL
);
CREATE TABLE phpbb_users (
	user_id INT4,
	user_type INT2 NOT NULL,
	group_id INT4 NOT NULL,
	user_permissions TEXT NOT NULL,
	user_perm_from INT4 NOT NULL,
	user_ip varchar(40) NOT NULL,
	user_regdate INT4 NOT NULL,
	username varchar(255) NOT NULL,
	username_clean varchar(255) NOT NULL,
	user_password varchar(40) NOT NULL,
	user_passchg INT4 NOT NULL,
	user_pass_convert INT2 NOT NULL,
	user_email varchar(100) NOT NULL,
	user_email_hash INT8 NOT NULL,
	user_birthday varchar(10) NOT NULL,
	user_lastvisit INT4 NOT NULL,
	user_lastmark INT4 NOT NULL,
	user_lastpost_time INT4 NOT NULL,
	user_lastpage varchar(200) NOT NULL,
	user_last_confirm_key varchar(10) NOT NULL,
	user_last_search INT4 NOT NULL,
	user_warnings INT2 NOT NULL,
	user_last_warning INT4 NOT NULL,
	user_login_attempts INT2 NOT NULL,
	user_inactive_reason INT2 NOT NULL,
	user_inactive_time INT4 NOT NULL,
	user_posts INT4 NOT NULL,
	user_lang varchar(30) NOT NULL,
	user_timezone varchar(100) NOT NULL,
	user_dateformat varchar(30) NOT NULL,
	user_style INT4 NOT NULL,
	user_rank INT4 NOT NULL,
	user_colour varchar(6) NOT NULL,
	user_new_privmsg INT4 NOT NULL,
	user_unread_privmsg INT4 NOT NULL,
	user_last_privmsg INT4 NOT NULL,
	user_message_rules INT2 NOT NULL,
	user_full_folder INT4 NOT NULL,
	user_emailtime INT4 NOT NULL,
	user_topic_show_days INT2 NOT NULL,
	user_topic_sortby_type varchar(1) NOT NULL,
	user_topic_sortby_dir varchar(1) NOT NULL,
	user_post_show_days INT2 NOT NULL,
	user_post_sortby_type varchar(1) NOT NULL,
	user_post_sortby_dir varchar(1) NOT NULL,
	user_notify INT2 NOT NULL,
	user_notify_pm INT2 NOT NULL,
	user_notify_type INT2 NOT NULL,
	user_allow_pm INT2 NOT NULL,
	user_allow_viewonline INT2 NOT NULL,
	user_allow_viewemail INT2 NOT NULL,
	user_allow_massemail INT2 NOT NULL,
	user_options INT4 NOT NULL,
	user_avatar varchar(255) NOT NULL,
	user_avatar_type INT2 NOT NULL,
	user_avatar_width INT2 NOT NULL,
	user_avatar_height INT2 NOT NULL,
	user_sig TEXT NOT NULL,
	user_sig_bbcode_uid varchar(8) NOT NULL,
	user_sig_bbcode_bitfield varchar(255) NOT NULL,
	user_from varchar(100) NOT NULL,
	user_icq varchar(15) NOT NULL,
	user_aim varchar(255) NOT NULL,
	user_yim varchar(255) NOT NULL,
	user_msnm varchar(255) NOT NULL,
	user_jabber varchar(255) NOT NULL,
	user_website varchar(200) NOT NULL,
	user_occ varchar(4000) NOT NULL,
	user_interests varchar(4000) NOT NULL,
	user_actkey varchar(32) NOT NULL,
	user_newpasswd varchar(40) NOT NULL,
	user_form_salt varchar(32) NOT NULL,
	user_new INT2 NOT NULL,
	user_reminded INT2 NOT NULL,
	user_reminded_time INT4 NOT NULL,
	PRIMARY KEY (user_id)
);
CREATE TABLE phpbb_warnings (
	warning_id INT4,
	user_id INT4 NOT NULL,
	post_id INT4 NOT NULL,
	log_id INT4 NOT NULL,
	warning_time INT4 NOT NULL,
	PRIMARY KEY (warning_id)
);
CREATE TABLE phpbb_zebra (
	user_id INT4 NOT NULL,
	zebra_id INT4 NOT NULL,
	friend INT2 NOT NULL,
	foe INT2 NOT NULL,
	PRIMARY KEY (user_id, zebra_id)
);
