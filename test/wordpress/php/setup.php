<?php
/**
 * After WordPress's installer: German site language, the Twenty Twenty-Three theme, the plugin put in place and
 * activated with activate_plugin() (so its activation hooks run), and the test users. Run through in-wordpress.php:
 *
 *   php in-wordpress.php DIR HOST setup.php USERS_JSON zip PLUGIN_ZIP
 *   php in-wordpress.php DIR HOST setup.php USERS_JSON folder PLUGIN_FOLDER
 *   php in-wordpress.php DIR HOST setup.php USERS_JSON none
 *
 * zip: unpacked with PHP's ZipArchive (as WordPress's upload does) into wp-content/plugins/; folder: symlinked there;
 * none: no plugin (a test installs it the way a person does).
 * USERS_JSON: {"editor": {"login": …, "password": …, "role": "editor"}, …}. The roles must exist: the role
 * `ija_network` comes from the plugin's activation, and a missing role is an error here, never created.
 * Prints "ok" on success; anything else is on standard error with exit code 1.
 */

function ija_test_fail( string $message ): void {
	fwrite( STDERR, $message . "\n" );
	exit( 1 );
}

update_option( 'WPLANG', 'de_DE' );

switch_theme( 'twentytwentythree' );
if ( 'twentytwentythree' !== get_stylesheet() ) {
	ija_test_fail( 'setup: the theme twentytwentythree could not be activated' );
}

[ $users_json, $plugin_mode, $plugin_source ] = $script_args + array( '', '', '' );
if ( 'zip' === $plugin_mode ) {
	$zip = new ZipArchive();
	if ( true !== $zip->open( $plugin_source ) || ! $zip->extractTo( WP_PLUGIN_DIR ) || ! $zip->close() ) {
		ija_test_fail( "setup: could not unpack {$plugin_source} into " . WP_PLUGIN_DIR );
	}
} elseif ( 'folder' === $plugin_mode ) {
	if ( ! symlink( $plugin_source, WP_PLUGIN_DIR . '/ija-widgets' ) ) {
		ija_test_fail( "setup: could not link {$plugin_source} into " . WP_PLUGIN_DIR );
	}
} elseif ( 'none' !== $plugin_mode ) {
	ija_test_fail( "setup: plugin mode must be zip, folder or none, not '{$plugin_mode}'" );
}

if ( 'none' !== $plugin_mode ) {
	$activated = activate_plugin( 'ija-widgets/ija-widgets.php' );
	if ( is_wp_error( $activated ) ) {
		ija_test_fail( 'setup: activate_plugin: ' . $activated->get_error_message() );
	}
	if ( ! is_plugin_active( 'ija-widgets/ija-widgets.php' ) ) {
		ija_test_fail( 'setup: the plugin is not active after activate_plugin()' );
	}
}

$users = json_decode( $users_json, true );
if ( ! is_array( $users ) ) {
	ija_test_fail( 'setup: no users given' );
}
foreach ( $users as $key => $user ) {
	if ( null === get_role( $user['role'] ) ) {
		ija_test_fail( "setup: the role {$user['role']} (for the user {$key}) does not exist" );
	}
	$id = wp_insert_user(
		array(
			'user_login'   => $user['login'],
			'user_pass'    => $user['password'],
			'user_email'   => $user['login'] . '@example.org',
			'display_name' => $user['login'],
			'role'         => $user['role'],
			'locale'       => 'de_DE',
		)
	);
	if ( is_wp_error( $id ) ) {
		ija_test_fail( "setup: user {$key}: " . $id->get_error_message() );
	}
}

echo 'ok';
