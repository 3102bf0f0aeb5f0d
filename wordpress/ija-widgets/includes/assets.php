<?php
/**
 * The front end's files: the plugin's module (which imports the library) and the library's style sheet (each widget
 * holds its space until it has loaded), on pages with a widget only, as `<script type="module" src>` (WordPress 6.1
 * has no script modules) and no inline script.
 *
 * @package IjaWidgets
 */

namespace IjaWidgets;

defined( 'ABSPATH' ) || exit;

const SCRIPT = 'ija-widgets';

add_action( 'init', __NAMESPACE__ . '\\register_assets' );

/** Registers the module and the style sheet (enqueued by the renderer when a page has a widget). */
function register_assets(): void {
	wp_register_script( SCRIPT, plugins_url( 'assets/ija-wordpress.js', PLUGIN_FILE ), array(), VERSION, true );
	wp_register_style( SCRIPT, plugins_url( 'lib/ija-widgets.css', PLUGIN_FILE ), array(), VERSION );
}

/** Called by the renderer for each widget. */
function enqueue_front_end(): void {
	wp_enqueue_script( SCRIPT );
	wp_enqueue_style( SCRIPT );
}

add_action( 'wp_enqueue_scripts', __NAMESPACE__ . '\\enqueue_for_content' );

/**
 * Classic themes render the content after the head: a post with a widget gets the files (and the preload) in the
 * head already.
 */
function enqueue_for_content(): void {
	$post = is_singular() ? get_post() : null;
	if ( ! $post ) {
		return;
	}
	foreach ( array_keys( widgets() ) as $widget ) {
		if ( has_block( 'ija/' . $widget, $post ) || has_shortcode( $post->post_content, 'ija_' . str_replace( '-', '_', $widget ) ) ) {
			enqueue_front_end();
			return;
		}
	}
}

add_filter( 'script_loader_tag', __NAMESPACE__ . '\\module_tag', 10, 3 );

/**
 * The module's script tag.
 *
 * @param string $tag    The tag WordPress wrote.
 * @param string $handle The script's handle.
 * @param string $src    The script's address.
 * @return string
 */
function module_tag( string $tag, string $handle, string $src ): string {
	if ( SCRIPT !== $handle ) {
		return $tag;
	}
	return '<script type="module" src="' . esc_url( $src ) . '" id="' . esc_attr( SCRIPT ) . '-js"></script>' . "\n";
}

add_action( 'wp_head', __NAMESPACE__ . '\\preload_library', 5 );

/**
 * Lets the browser fetch the library's entry while it reads the page, when the page has a widget (by the address
 * the module imports, without a version query, so it is one module).
 */
function preload_library(): void {
	if ( wp_script_is( SCRIPT, 'enqueued' ) ) {
		echo '<link rel="modulepreload" href="' . esc_url( plugins_url( 'lib/ija-widgets.js', PLUGIN_FILE ) ) . '">' . "\n";
	}
}
