<?php
/**
 * Plugin Name:       IJA-Widgets
 * Plugin URI:        https://www.npmjs.com/package/ija-widgets
 * Description:       Partnernetz, Programm des Werkstattgesprächs, Leitfragen-Board und 5-Punkte-Plan für die Internationale Jugendarbeit: als Blöcke und Shortcodes, mit der eigenen Website als Datenquelle. Keine Anfrage an fremde Server.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.0
 * Author:            ija-widgets
 * License:           EUPL-1.2
 * License URI:       https://joinup.ec.europa.eu/collection/eupl/eupl-text-eupl-12
 * Text Domain:       ija-widgets
 * Domain Path:       /languages
 *
 * @package IjaWidgets
 */

namespace IjaWidgets;

defined( 'ABSPATH' ) || exit;

const VERSION     = '0.1.0';
const PLUGIN_FILE = __FILE__;
const PLUGIN_DIR  = __DIR__;

// Each file under includes/ has one job and hooks itself in; none depends on the order of loading.
foreach ( glob( __DIR__ . '/includes/*.php' ) as $ija_widgets_file ) {
	require_once $ija_widgets_file;
}
unset( $ija_widgets_file );

add_action(
	'init',
	static function () {
		load_plugin_textdomain( 'ija-widgets', false, dirname( plugin_basename( PLUGIN_FILE ) ) . '/languages' );
	}
);

register_activation_hook( PLUGIN_FILE, static fn () => do_action( 'ija_widgets_activate' ) );
register_deactivation_hook( PLUGIN_FILE, static fn () => do_action( 'ija_widgets_deactivate' ) );
