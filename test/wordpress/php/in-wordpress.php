<?php
/**
 * Runs PHP inside a test WordPress from the command line (the harness's php()): loads its wp-load.php as a request
 * to the site would, then runs a script file with its arguments, or else the code given on standard input.
 *
 *   php in-wordpress.php WORDPRESS_DIR SITE_HOST [SCRIPT.php [ARG…]]
 *   echo 'echo get_option( "blogname" );' | php in-wordpress.php WORDPRESS_DIR SITE_HOST
 *
 * SITE_HOST is `127.0.0.1:PORT`: WordPress reads the host of "the request" in a few places.
 */

[ , $wordpress_dir, $site_host ] = $argv;
$script      = $argv[3] ?? null;
$script_args = array_slice( $argv, 4 );

$_SERVER['HTTP_HOST']       = $site_host;
$_SERVER['SERVER_NAME']     = explode( ':', $site_host )[0];
$_SERVER['SERVER_PORT']     = explode( ':', $site_host )[1] ?? '80';
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['REQUEST_METHOD']  = 'GET';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';

require $wordpress_dir . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php'; // is_plugin_active() and activate_plugin(), as in the admin

if ( null !== $script ) {
	require $script;
} else {
	eval( stream_get_contents( STDIN ) ); // phpcs:ignore -- test harness: the test's own code.
}
