<?php
/**
 * Who may change what: `ija_edit_content` (agendas and plans) for administrators and editors,
 * `ija_manage_network` (partners and join requests: personal data) for administrators and the role
 * "IJA-Netzwerk". Added on activation; uninstall.php takes them away again.
 *
 * @package IjaWidgets
 */

namespace IjaWidgets;

defined( 'ABSPATH' ) || exit;

const CAP_EDIT_CONTENT   = 'ija_edit_content';
const CAP_MANAGE_NETWORK = 'ija_manage_network';
const NETWORK_ROLE       = 'ija_network';

/** The capabilities each existing role gets. */
const ROLE_CAPABILITIES = array(
	'administrator' => array( CAP_EDIT_CONTENT, CAP_MANAGE_NETWORK ),
	'editor'        => array( CAP_EDIT_CONTENT ),
);

add_action(
	'ija_widgets_activate',
	static function () {
		foreach ( ROLE_CAPABILITIES as $role_name => $capabilities ) {
			$role = get_role( $role_name );
			foreach ( null === $role ? array() : $capabilities as $capability ) {
				$role->add_cap( $capability );
			}
		}
		if ( null === get_role( NETWORK_ROLE ) ) {
			// Stored untranslated, as WordPress's own role names are; translated where shown (translate_user_role).
			add_role(
				NETWORK_ROLE,
				'IJA-Netzwerk',
				array(
					'read'             => true,
					CAP_MANAGE_NETWORK => true,
				)
			);
		}
	}
);
