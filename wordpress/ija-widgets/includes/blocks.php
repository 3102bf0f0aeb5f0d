<?php
/**
 * One dynamic block per widget, registered from blocks/<name>/block.json and rendered by the shared renderer; the
 * editor script (assets/ija-blocks-editor.js) shows the real widget as the preview. Users who edit widget content may
 * upload JSON data files to the media library.
 *
 * @package IjaWidgets
 */

namespace IjaWidgets;

defined( 'ABSPATH' ) || exit;

const EDITOR_SCRIPT = 'ija-widgets-editor';

// After the text domain is loaded (init, 10): block.json's title and description are translated on registration.
add_action( 'init', __NAMESPACE__ . '\\register_blocks', 20 );

/** The editor script and the four blocks. */
function register_blocks(): void {
	wp_register_script(
		EDITOR_SCRIPT,
		plugins_url( 'assets/ija-blocks-editor.js', PLUGIN_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'wp-server-side-render' ),
		VERSION,
		true
	);
	wp_set_script_translations( EDITOR_SCRIPT, 'ija-widgets', PLUGIN_DIR . '/languages' );

	foreach ( array_keys( widgets() ) as $widget ) {
		register_block_type(
			PLUGIN_DIR . '/blocks/' . $widget,
			array( 'render_callback' => static fn ( array $attributes ): string => render_block_widget( $widget, $attributes ) )
		);
	}
}

/**
 * A block's HTML: its attributes in the elements' names, the media file's current address, the block's wrapper
 * (alignment classes).
 *
 * @param string               $widget     A key of widgets().
 * @param array<string, mixed> $attributes The block's attributes (camelCase).
 * @return string
 */
function render_block_widget( string $widget, array $attributes ): string {
	$given = array();
	foreach ( $attributes as $name => $value ) {
		$given[ strtolower( preg_replace( '/[A-Z]/', '-$0', $name ) ) ] = is_bool( $value ) ? ( $value ? 'true' : '' ) : $value;
	}
	if ( ! empty( $attributes['mediaId'] ) ) {
		$given['src'] = (string) wp_get_attachment_url( (int) $attributes['mediaId'] );
	}
	return '<div ' . get_block_wrapper_attributes() . '>' . render_widget( $widget, $given ) . '</div>';
}

add_action( 'enqueue_block_editor_assets', __NAMESPACE__ . '\\editor_data' );

/**
 * What the editor's preview needs: the module (widgets and the site's adapter), and the settings' default source for
 * the sidebar's labels (the preview itself comes from the renderer).
 */
function editor_data(): void {
	wp_enqueue_script( SCRIPT );
	$data = array( 'source' => settings()['source'] );
	wp_add_inline_script( EDITOR_SCRIPT, 'window.ijaWidgetsEditor = ' . wp_json_encode( $data ) . ';', 'before' );
}

add_filter( 'upload_mimes', __NAMESPACE__ . '\\allow_json_uploads' );

/**
 * JSON data files in the media library, for users who edit widget content.
 *
 * @param array<string, string> $mimes Allowed extensions and their types.
 * @return array<string, string>
 */
function allow_json_uploads( array $mimes ): array {
	if ( current_user_can( 'ija_edit_content' ) ) {
		$mimes['json'] = 'application/json';
	}
	return $mimes;
}

add_filter( 'wp_check_filetype_and_ext', __NAMESPACE__ . '\\accept_json_as_text', 10, 4 );

/**
 * PHP's file type detection calls a small JSON file text/plain, which WordPress then refuses: a `.json` file that
 * parses as JSON is JSON.
 *
 * @param array<string, mixed> $checked  What WordPress found: ext, type, proper_filename.
 * @param string               $file     The uploaded file's path.
 * @param string               $filename Its name.
 * @param array|null           $mimes    Allowed types.
 * @return array<string, mixed>
 */
function accept_json_as_text( array $checked, string $file, string $filename, $mimes ): array {
	if ( $checked['type'] || ! current_user_can( 'ija_edit_content' ) || 'json' !== strtolower( pathinfo( $filename, PATHINFO_EXTENSION ) ) ) {
		return $checked;
	}
	$bytes = file_get_contents( $file ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local upload.
	if ( false !== $bytes && null !== json_decode( $bytes ) ) {
		$checked['ext']  = 'json';
		$checked['type'] = 'application/json';
	}
	return $checked;
}
