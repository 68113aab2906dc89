-- MySQL dump 10.13  Distrib 5.1.49, for debian-linux-gnu (i486)
--
-- Host: localhost    Database: db_compile_tmp
-- ------------------------------------------------------
-- Server version	5.1.49-3-log


--
-- Table structure for table `{dbPrefix}apartment`
--

DROP TABLE IF EXISTS `{dbPrefix}apartment`;
CREATE TABLE `{dbPrefix}apartment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` tinyint(1) NOT NULL,
  `obj_type_id` int(11) NOT NULL,
  `loc_country` int(11) NOT NULL,
  `loc_region` int(11) NOT NULL,
  `loc_city` int(11) NOT NULL,
  `city_id` int(11) NOT NULL,
  `visits` int(11) NOT NULL DEFAULT '0',
  `date_updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `date_created` datetime NOT NULL,
  `date_manual_updated` datetime NOT NULL,
  `date_end_activity` date NOT NULL,
  `activity_always` tinyint(1) NOT NULL,
  `is_price_poa` tinyint(4) NOT NULL DEFAULT '0',
  `price` bigint(12) NOT NULL,
  `price_to` bigint(12) NOT NULL,
  `num_of_rooms` tinyint(4) NOT NULL DEFAULT '0',
  `floor` tinyint(4) NOT NULL DEFAULT '0',
  `floor_total` tinyint(4) NOT NULL DEFAULT '0',
  `square` float NOT NULL DEFAULT '0',
  `land_square` float NOT NULL DEFAULT '0',
  `window_to` int(11) NOT NULL DEFAULT '0',
  `title_ru` text NOT NULL,
  `description_ru` text NOT NULL,
  `description_near_ru` text NOT NULL,
  `living_conditions` int(11) NOT NULL DEFAULT '0',
  `services` int(11) NOT NULL DEFAULT '0',
  `address_ru` text NOT NULL,
  `berths` varchar(255) NOT NULL DEFAULT '',
  `active` tinyint(4) NOT NULL,
  `lat` varchar(25) NOT NULL DEFAULT '0',
  `lng` varchar(25) NOT NULL DEFAULT '0',
  `rating` tinyint(4) NOT NULL DEFAULT '0',
  `date_up_search` datetime NOT NULL,
  `is_special_offer` tinyint(4) NOT NULL,
  `is_free_to` date NOT NULL,
  `price_type` tinyint(1) NOT NULL DEFAULT '5',
  `sorter` int(11) NOT NULL DEFAULT '0',
  `owner_active` tinyint(4) NOT NULL,
  `owner_id` int(11) NOT NULL,
  `exchange_to_ru` text NOT NULL,
  `note` text NOT NULL,
  `phone` varchar(20) NOT NULL,
  `autoVKPostId` varchar(50) NOT NULL DEFAULT '',
  `autoFBPostId` varchar(50) NOT NULL DEFAULT '',
  `autoTwitterPostId` varchar(50) NOT NULL DEFAULT '',
  `count_img` tinyint(3) NOT NULL,
  `deleted` tinyint(4) NOT NULL,
  `parent_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `date_updated` (`date_updated`),
  KEY `type` (`type`),
  KEY `obj_type_id` (`obj_type_id`),
  KEY `price_type` (`price_type`),
  KEY `loc_country` (`loc_country`),
  KEY `loc_region` (`loc_region`),
  KEY `loc_city` (`loc_city`),
  KEY `city_id` (`city_id`),
  KEY `sorter` (`sorter`),
  KEY `fullActive` (`active`,`owner_active`),
  KEY `priceType_fullActive` (`price_type`,`active`,`owner_active`),
  KEY `type_fullActive` (`type`,`active`,`owner_active`),
  KEY `type_priceType_fullActive` (`type`,`price_type`,`active`,`owner_active`),
  KEY `country_type_priceType_fullActive` (`loc_country`,`type`,`price_type`,`active`,`owner_active`),
  KEY `halfActive` (`active`),
  KEY `priceType_halfActive` (`price_type`,`active`),
  KEY `type_halfActive` (`type`,`active`),
  KEY `type_priceType_halfActive` (`type`,`price_type`,`active`),
  KEY `country_type_priceType_halfActive` (`loc_country`,`type`,`price_type`,`active`),
  FULLTEXT KEY `title_ru` (`title_ru`),
  FULLTEXT KEY `description_ru` (`description_ru`),
  FULLTEXT KEY `description_near_ru` (`description_near_ru`),
  FULLTEXT KEY `address_ru` (`address_ru`)
) ENGINE=MyISAM AUTO_INCREMENT=30 DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}apartment`
--


--
-- Table structure for table `{dbPrefix}apartment_city`
--

DROP TABLE IF EXISTS `{dbPrefix}apartment_city`;
CREATE TABLE `{dbPrefix}apartment_city` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name_ru` varchar(255) NOT NULL,
  `sorter` smallint(6) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT '1',
  `date_updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=9 DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}apartment_city`
--


--
-- Table structure for table `{dbPrefix}apartment_complain`
--

DROP TABLE IF EXISTS `{dbPrefix}apartment_complain`;
CREATE TABLE `{dbPrefix}apartment_complain` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_ip` varchar(60) NOT NULL,
  `user_ip_ip2_long` varchar(60) NOT NULL,
  `apartment_id` int(11) NOT NULL DEFAULT '0',
  `complain_id` int(11) NOT NULL DEFAULT '0',
  `user_id` int(11) NOT NULL DEFAULT '0',
  `session_id` char(32) NOT NULL DEFAULT '0',
  `name` varchar(255) NOT NULL DEFAULT '',
  `email` varchar(255) NOT NULL DEFAULT '',
  `body` text NOT NULL,
  `date_created` datetime NOT NULL,
  `date_updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `active` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `apartment_id` (`apartment_id`),
  KEY `date_updated` (`date_updated`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}apartment_complain`
--


--
-- Table structure for table `{dbPrefix}apartment_complain_reason`
--

DROP TABLE IF EXISTS `{dbPrefix}apartment_complain_reason`;
CREATE TABLE `{dbPrefix}apartment_complain_reason` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name_ru` varchar(255) NOT NULL,
  `sorter` smallint(6) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `date_updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}apartment_complain_reason`
--


--
-- Table structure for table `{dbPrefix}apartment_obj_type`
--

DROP TABLE IF EXISTS `{dbPrefix}apartment_obj_type`;
CREATE TABLE `{dbPrefix}apartment_obj_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name_ru` varchar(255) NOT NULL,
  `icon_file` varchar(255) NOT NULL,
  `sorter` smallint(6) NOT NULL,
  `date_updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `parent_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=8 DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}apartment_obj_type`
--


--
-- Table structure for table `{dbPrefix}apartment_panorama`
--

DROP TABLE IF EXISTS `{dbPrefix}apartment_panorama`;
CREATE TABLE `{dbPrefix}apartment_panorama` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `apartment_id` int(10) unsigned NOT NULL,
  `name` varchar(255) NOT NULL DEFAULT '',
  `width` int(10) unsigned NOT NULL,
  `height` int(10) unsigned NOT NULL,
  `date_created` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}apartment_panorama`
--


--
-- Table structure for table `{dbPrefix}apartment_reference`
--

DROP TABLE IF EXISTS `{dbPrefix}apartment_reference`;
CREATE TABLE `{dbPrefix}apartment_reference` (
  `reference_id` int(11) NOT NULL,
  `reference_value_id` int(11) NOT NULL,
  `apartment_id` int(11) NOT NULL,
  KEY `apartment_id` (`apartment_id`),
  KEY `reference_id` (`reference_id`),
  KEY `reference_value_id` (`reference_value_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}apartment_reference`
--


--
-- Table structure for table `{dbPrefix}apartment_reference_categories`
--

DROP TABLE IF EXISTS `{dbPrefix}apartment_reference_categories`;
CREATE TABLE `{dbPrefix}apartment_reference_categories` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` tinyint(1) NOT NULL DEFAULT '1',
  `title_ru` varchar(255) NOT NULL DEFAULT '',
  `sorter` smallint(6) NOT NULL DEFAULT '0',
  `date_updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `style` enum('column1','column2','column3') NOT NULL DEFAULT 'column1',
  PRIMARY KEY (`id`),
  KEY `date_updated` (`date_updated`)
) ENGINE=InnoDB AUTO_INCREMENT=11 DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}apartment_reference_categories`
--


--
-- Table structure for table `{dbPrefix}apartment_reference_values`
--

DROP TABLE IF EXISTS `{dbPrefix}apartment_reference_values`;
CREATE TABLE `{dbPrefix}apartment_reference_values` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `reference_category_id` int(11) NOT NULL DEFAULT '0',
  `title_ru` varchar(255) NOT NULL DEFAULT '',
  `sorter` smallint(6) NOT NULL DEFAULT '0',
  `for_rent` tinyint(1) NOT NULL DEFAULT '1',
  `for_sale` tinyint(1) NOT NULL DEFAULT '1',
  `date_updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `reference_category_id` (`reference_category_id`),
  KEY `date_updated` (`date_updated`)
) ENGINE=InnoDB AUTO_INCREMENT=46 DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}apartment_reference_values`
--


--
-- Table structure for table `{dbPrefix}apartment_statistics`
--

DROP TABLE IF EXISTS `{dbPrefix}apartment_statistics`;
CREATE TABLE `{dbPrefix}apartment_statistics` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `apartment_id` int(11) NOT NULL,
  `date_created` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `ip_address` varchar(30) NOT NULL DEFAULT '',
  `browser` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `apartment_id` (`apartment_id`),
  KEY `date_created` (`date_created`),
  KEY `apId_date` (`apartment_id`,`date_created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}apartment_statistics`
--


--
-- Table structure for table `{dbPrefix}apartment_times_in`
--

DROP TABLE IF EXISTS `{dbPrefix}apartment_times_in`;
CREATE TABLE `{dbPrefix}apartment_times_in` (
  `id` smallint(6) NOT NULL AUTO_INCREMENT,
  `title_ru` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}apartment_times_in`
--


--
-- Table structure for table `{dbPrefix}apartment_times_out`
--

DROP TABLE IF EXISTS `{dbPrefix}apartment_times_out`;
CREATE TABLE `{dbPrefix}apartment_times_out` (
  `id` smallint(6) NOT NULL AUTO_INCREMENT,
  `title_ru` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}apartment_times_out`
--


--
-- Table structure for table `{dbPrefix}apartment_video`
--

DROP TABLE IF EXISTS `{dbPrefix}apartment_video`;
CREATE TABLE `{dbPrefix}apartment_video` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `apartment_id` int(11) NOT NULL,
  `video_file` varchar(255) NOT NULL DEFAULT '',
  `video_html` text NOT NULL,
  `date_updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `pid` (`apartment_id`),
  KEY `date_updated` (`date_updated`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}apartment_video`
--


--
-- Table structure for table `{dbPrefix}apartment_window_to`
--

DROP TABLE IF EXISTS `{dbPrefix}apartment_window_to`;
CREATE TABLE `{dbPrefix}apartment_window_to` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title_ru` varchar(255) NOT NULL,
  `date_updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `date_updated` (`date_updated`)
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}apartment_window_to`
--


--
-- Table structure for table `{dbPrefix}articles`
--

DROP TABLE IF EXISTS `{dbPrefix}articles`;
CREATE TABLE `{dbPrefix}articles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `page_title_ru` varchar(255) NOT NULL,
  `page_body_ru` text NOT NULL,
  `date_updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `active` tinyint(4) NOT NULL DEFAULT '1',
  `sorter` tinyint(4) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `date_updated` (`date_updated`)
) ENGINE=InnoDB AUTO_INCREMENT=7 DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}articles`
--


--
-- Table structure for table `{dbPrefix}block_ip`
--

DROP TABLE IF EXISTS `{dbPrefix}block_ip`;
CREATE TABLE `{dbPrefix}block_ip` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `ip` varchar(60) DEFAULT NULL,
  `ip_long` varchar(60) DEFAULT NULL,
  `date_created` datetime NOT NULL COMMENT 'Дата создания',
  `date_updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT 'Дата обновления',
  PRIMARY KEY (`id`),
  KEY `ip_long` (`ip_long`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}block_ip`
--


--
-- Table structure for table `{dbPrefix}booking_table`
--

DROP TABLE IF EXISTS `{dbPrefix}booking_table`;
CREATE TABLE `{dbPrefix}booking_table` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sender_id` int(11) NOT NULL,
  `user_ip` varchar(60) NOT NULL,
  `user_ip_ip2_long` varchar(60) NOT NULL,
  `active` smallint(6) NOT NULL DEFAULT '0',
  `apartment_id` int(11) NOT NULL DEFAULT '0',
  `username` varchar(128) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `email` varchar(128) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `phone` varchar(15) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `date_start` date NOT NULL,
  `date_end` date NOT NULL,
  `time_in` smallint(6) NOT NULL DEFAULT '0',
  `time_out` smallint(6) NOT NULL DEFAULT '0',
  `comment` text NOT NULL,
  `comment_admin` text NOT NULL,
  `details` text NOT NULL,
  `amount` float NOT NULL,
  `num_guest` smallint(6) NOT NULL DEFAULT '0',
  `type` smallint(6) NOT NULL DEFAULT '0',
  `date_created` datetime NOT NULL,
  `date_updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `apartment_id` (`apartment_id`),
  KEY `time_in` (`time_in`),
  KEY `time_out` (`time_out`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}booking_table`
--


--
-- Table structure for table `{dbPrefix}clients`
--

DROP TABLE IF EXISTS `{dbPrefix}clients`;
CREATE TABLE `{dbPrefix}clients` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `state` tinyint(4) NOT NULL,
  `contract_number` varchar(255) NOT NULL DEFAULT '',
  `first_name` varchar(255) NOT NULL DEFAULT '',
  `second_name` varchar(255) NOT NULL DEFAULT '',
  `middle_name` varchar(255) NOT NULL DEFAULT '',
  `birthdate` varchar(255) NOT NULL DEFAULT '',
  `phone` varchar(255) NOT NULL DEFAULT '',
  `additional_phone` varchar(255) NOT NULL DEFAULT '',
  `acts` text NOT NULL,
  `additional_info` text NOT NULL,
  `date_created` datetime NOT NULL,
  `date_updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `date_updated` (`date_updated`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}clients`
--


--
-- Table structure for table `{dbPrefix}comments`
--

DROP TABLE IF EXISTS `{dbPrefix}comments`;
CREATE TABLE `{dbPrefix}comments` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_ip` varchar(60) NOT NULL,
  `user_ip_ip2_long` varchar(60) NOT NULL,
  `parent_id` int(10) unsigned DEFAULT NULL,
  `owner_id` int(10) unsigned NOT NULL,
  `model_name` varchar(64) NOT NULL,
  `model_id` int(10) unsigned NOT NULL,
  `user_name` varchar(64) NOT NULL,
  `user_email` varchar(64) NOT NULL,
  `status` tinyint(3) unsigned NOT NULL,
  `body` text NOT NULL,
  `rating` tinyint(4) NOT NULL DEFAULT '0',
  `date_created` datetime NOT NULL,
  `date_updated` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}comments`
--


--
-- Table structure for table `{dbPrefix}comparison_list`
--

DROP TABLE IF EXISTS `{dbPrefix}comparison_list`;
CREATE TABLE `{dbPrefix}comparison_list` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL DEFAULT '0',
  `apartment_id` int(11) NOT NULL DEFAULT '0',
  `session_id` varchar(32) NOT NULL DEFAULT '0',
  `date_updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `apartment_id` (`apartment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}comparison_list`
--


--
-- Table structure for table `{dbPrefix}configuration`
--

DROP TABLE IF EXISTS `{dbPrefix}configuration`;
CREATE TABLE `{dbPrefix}configuration` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` enum('bool','text','enum','hidden') NOT NULL,
  `section` varchar(100) NOT NULL,
  `name` varchar(50) NOT NULL,
  `value` varchar(255) NOT NULL,
  `allowEmpty` tinyint(1) NOT NULL,
  `date_updated` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `date_updated` (`date_updated`)
) ENGINE=InnoDB AUTO_INCREMENT=145 DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}configuration`
--


--
-- Table structure for table `{dbPrefix}entries`
--

DROP TABLE IF EXISTS `{dbPrefix}entries`;
CREATE TABLE `{dbPrefix}entries` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `active` tinyint(1) NOT NULL DEFAULT '1',
  `category_id` int(11) unsigned NOT NULL,
  `tags` text NOT NULL,
  `image_id` int(11) unsigned NOT NULL,
  `title_ru` varchar(255) NOT NULL,
  `body_ru` text NOT NULL,
  `date_created` datetime NOT NULL,
  `date_updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `announce_ru` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `date_updated` (`date_updated`)
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}entries`
--


--
-- Table structure for table `{dbPrefix}entries_all_tags`
--

DROP TABLE IF EXISTS `{dbPrefix}entries_all_tags`;
CREATE TABLE `{dbPrefix}entries_all_tags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `frequency` int(11) DEFAULT '1',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=6 DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}entries_all_tags`
--


--
-- Table structure for table `{dbPrefix}entries_category`
--

DROP TABLE IF EXISTS `{dbPrefix}entries_category`;
CREATE TABLE `{dbPrefix}entries_category` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name_ru` varchar(255) NOT NULL,
  `sorter` smallint(6) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `date_updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `name_en` varchar(255) NOT NULL,
  `name_de` varchar(255) NOT NULL,
  `name_es` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}entries_category`
--


--
-- Table structure for table `{dbPrefix}entries_image`
--

DROP TABLE IF EXISTS `{dbPrefix}entries_image`;
CREATE TABLE `{dbPrefix}entries_image` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `date_created` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}entries_image`
--


--
-- Table structure for table `{dbPrefix}formdesigner`
--

DROP TABLE IF EXISTS `{dbPrefix}formdesigner`;
CREATE TABLE `{dbPrefix}formdesigner` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sorter` int(11) NOT NULL,
  `field` varchar(100) NOT NULL,
  `type` tinyint(1) NOT NULL,
  `standard_type` tinyint(1) NOT NULL,
  `compare_type` tinyint(1) NOT NULL,
  `is_i18n` tinyint(1) NOT NULL,
  `visible` tinyint(1) NOT NULL,
  `tip_ru` varchar(255) NOT NULL,
  `label_ru` varchar(255) NOT NULL,
  `reference_id` int(11) NOT NULL,
  `rules` tinyint(1) NOT NULL,
  `measure_unit` varchar(30) NOT NULL,
  `view_in` tinyint(1) NOT NULL DEFAULT '1',
  `not_hide` tinyint(1) NOT NULL,
  `json_data` text NOT NULL,
  `date_created` datetime NOT NULL,
  `date_updated` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `reference_id` (`reference_id`)
) ENGINE=InnoDB AUTO_INCREMENT=21 DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}formdesigner`
--


--
-- Table structure for table `{dbPrefix}formdesigner_obj_type`
--

DROP TABLE IF EXISTS `{dbPrefix}formdesigner_obj_type`;
CREATE TABLE `{dbPrefix}formdesigner_obj_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `formdesigner_id` int(11) NOT NULL,
  `obj_type_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `formdesigner_id` (`formdesigner_id`),
  KEY `obj_type_id` (`obj_type_id`)
) ENGINE=InnoDB AUTO_INCREMENT=286 DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}formdesigner_obj_type`
--


--
-- Table structure for table `{dbPrefix}images`
--

DROP TABLE IF EXISTS `{dbPrefix}images`;
CREATE TABLE `{dbPrefix}images` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `id_object` int(11) NOT NULL,
  `id_owner` int(11) NOT NULL,
  `file_name` varchar(255) NOT NULL,
  `file_name_modified` varchar(255) NOT NULL,
  `sorter` mediumint(8) unsigned NOT NULL,
  `is_main` tinyint(3) unsigned NOT NULL,
  `date_created` datetime NOT NULL,
  `date_updated` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `id_object` (`id_object`),
  KEY `date_updated` (`date_updated`),
  KEY `sorter` (`sorter`)
) ENGINE=InnoDB AUTO_INCREMENT=46 DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}images`
--


--
-- Table structure for table `{dbPrefix}infopages`
--

DROP TABLE IF EXISTS `{dbPrefix}infopages`;
CREATE TABLE `{dbPrefix}infopages` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `active` tinyint(1) NOT NULL,
  `widget` varchar(20) NOT NULL DEFAULT '',
  `widget_position` tinyint(1) NOT NULL,
  `widget_data` text NOT NULL,
  `special` tinyint(4) NOT NULL DEFAULT '0',
  `title_ru` varchar(255) NOT NULL,
  `date_created` datetime NOT NULL,
  `date_updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `body_ru` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=6 DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}infopages`
--


--
-- Table structure for table `{dbPrefix}lang`
--

DROP TABLE IF EXISTS `{dbPrefix}lang`;
CREATE TABLE `{dbPrefix}lang` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `currency_id` int(11) NOT NULL,
  `main` tinyint(1) NOT NULL DEFAULT '0',
  `name_iso` varchar(20) NOT NULL,
  `name_rfc3066` varchar(10) NOT NULL,
  `name_ru` varchar(100) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT '0',
  `sorter` smallint(6) NOT NULL,
  `date_updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `name_en` varchar(100) NOT NULL,
  `admin_mail` tinyint(4) NOT NULL DEFAULT '0',
  `flag_img` varchar(50) NOT NULL,
  `name_de` varchar(100) NOT NULL,
  `price_tpl_default` varchar(255) NOT NULL,
  `price_tpl_from` varchar(255) NOT NULL,
  `price_tpl_to` varchar(255) NOT NULL,
  `dateFormat` varchar(30) NOT NULL DEFAULT 'd.m.Y H:i:s',
  `name_es` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `currency_id` (`currency_id`)
) ENGINE=InnoDB AUTO_INCREMENT=6 DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}lang`
--


--
-- Table structure for table `{dbPrefix}menu`
--

DROP TABLE IF EXISTS `{dbPrefix}menu`;
CREATE TABLE `{dbPrefix}menu` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `position` tinyint(1) NOT NULL,
  `parentId` int(10) unsigned NOT NULL DEFAULT '0',
  `number` int(11) NOT NULL DEFAULT '0',
  `pageId` int(11) NOT NULL DEFAULT '0',
  `is_blank` tinyint(4) NOT NULL DEFAULT '0',
  `title_ru` varchar(255) NOT NULL,
  `href_ru` varchar(255) NOT NULL,
  `active` tinyint(4) NOT NULL DEFAULT '1',
  `date_updated` datetime NOT NULL,
  `type` tinyint(4) NOT NULL DEFAULT '0',
  `special` tinyint(4) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=14 DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}menu`
--


--
-- Table structure for table `{dbPrefix}news_product`
--

DROP TABLE IF EXISTS `{dbPrefix}news_product`;
CREATE TABLE `{dbPrefix}news_product` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `link` varchar(255) NOT NULL,
  `pubDate` datetime NOT NULL,
  `author` varchar(150) NOT NULL,
  `is_show` tinyint(1) NOT NULL DEFAULT '0',
  `lang` varchar(2) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=76 DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}news_product`
--


--
-- Table structure for table `{dbPrefix}notifier`
--

DROP TABLE IF EXISTS `{dbPrefix}notifier`;
CREATE TABLE `{dbPrefix}notifier` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `status` tinyint(1) NOT NULL,
  `event` varchar(50) NOT NULL,
  `onlyAdmin` tinyint(1) NOT NULL,
  `subject_ru` varchar(255) NOT NULL,
  `subject_admin_ru` varchar(255) NOT NULL,
  `body_ru` text NOT NULL,
  `body_admin_ru` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=21 DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}notifier`
--


--
-- Table structure for table `{dbPrefix}reviews`
--

DROP TABLE IF EXISTS `{dbPrefix}reviews`;
CREATE TABLE `{dbPrefix}reviews` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_ip` varchar(60) NOT NULL,
  `user_ip_ip2_long` varchar(60) NOT NULL,
  `name` varchar(255) NOT NULL,
  `body` text NOT NULL,
  `email` varchar(128) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `date_created` datetime NOT NULL,
  `date_updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `active` tinyint(4) NOT NULL DEFAULT '1',
  `sorter` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `date_updated` (`date_updated`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}reviews`
--


--
-- Table structure for table `{dbPrefix}search_form`
--

DROP TABLE IF EXISTS `{dbPrefix}search_form`;
CREATE TABLE `{dbPrefix}search_form` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `status` tinyint(1) NOT NULL,
  `compare_type` tinyint(1) NOT NULL,
  `obj_type_id` int(11) NOT NULL,
  `field` varchar(100) NOT NULL,
  `sorter` int(11) NOT NULL,
  `formdesigner_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `obj_type_id` (`obj_type_id`)
) ENGINE=InnoDB AUTO_INCREMENT=224 DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}search_form`
--


--
-- Table structure for table `{dbPrefix}service`
--

DROP TABLE IF EXISTS `{dbPrefix}service`;
CREATE TABLE `{dbPrefix}service` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `page` text NOT NULL,
  `is_offline` tinyint(1) NOT NULL,
  `allow_ip` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}service`
--


--
-- Table structure for table `{dbPrefix}socialauth`
--

DROP TABLE IF EXISTS `{dbPrefix}socialauth`;
CREATE TABLE `{dbPrefix}socialauth` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` enum('bool','text') NOT NULL,
  `section` varchar(100) NOT NULL,
  `name` varchar(50) NOT NULL,
  `value` varchar(255) NOT NULL,
  `date_updated` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `date_updated` (`date_updated`)
) ENGINE=InnoDB AUTO_INCREMENT=16 DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}socialauth`
--


--
-- Table structure for table `{dbPrefix}themes`
--

DROP TABLE IF EXISTS `{dbPrefix}themes`;
CREATE TABLE `{dbPrefix}themes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(20) NOT NULL,
  `additional_view` tinyint(4) NOT NULL DEFAULT '0',
  `color_theme` varchar(100) NOT NULL,
  `bg_image` varchar(100) NOT NULL,
  `is_default` tinyint(1) NOT NULL,
  `date_updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}themes`
--


--
-- Table structure for table `{dbPrefix}translate_message`
--

DROP TABLE IF EXISTS `{dbPrefix}translate_message`;
CREATE TABLE `{dbPrefix}translate_message` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `category` varchar(150) NOT NULL,
  `status` tinyint(1) NOT NULL DEFAULT '0',
  `message` varchar(255) NOT NULL,
  `translation_ru` text NOT NULL,
  `date_updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=1829 DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}translate_message`
--


--
-- Table structure for table `{dbPrefix}users`
--

DROP TABLE IF EXISTS `{dbPrefix}users`;
CREATE TABLE `{dbPrefix}users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `role` enum('admin','moderator','registered') NOT NULL DEFAULT 'registered',
  `type` int(11) NOT NULL,
  `username` varchar(128) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `password` varchar(128) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `temprecoverpassword` varchar(128) NOT NULL,
  `salt` varchar(128) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `email` varchar(128) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `ava` varchar(128) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `phone` varchar(15) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `agency_name` varchar(128) CHARACTER SET utf8 COLLATE utf8_unicode_ci NOT NULL,
  `agent_status` tinyint(1) NOT NULL,
  `additional_info_ru` text NOT NULL,
  `activatekey` varchar(100) NOT NULL,
  `recoverPasswordKey` varchar(100) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT '0',
  `balance` int(11) NOT NULL,
  `agency_user_id` int(11) NOT NULL,
  `date_created` datetime NOT NULL,
  `date_updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `last_login_date` datetime NOT NULL,
  `last_ip_addr` varchar(60) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}users`
--


--
-- Table structure for table `{dbPrefix}users_sessions`
--

DROP TABLE IF EXISTS `{dbPrefix}users_sessions`;
CREATE TABLE `{dbPrefix}users_sessions` (
  `user_id` int(11) NOT NULL DEFAULT '0',
  `id` char(32) NOT NULL,
  `expire` int(11) DEFAULT NULL,
  `data` longblob,
  PRIMARY KEY (`id`),
  KEY `yiisession_expire_idx` (`expire`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}users_sessions`
--


--
-- Table structure for table `{dbPrefix}users_social`
--

DROP TABLE IF EXISTS `{dbPrefix}users_social`;
CREATE TABLE `{dbPrefix}users_social` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `uid` varchar(255) NOT NULL,
  `service` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `{dbPrefix}users_social`
--



-- Dump completed on 2016-08-02 23:38:27
