<?php
/**
 * Five-point plans: anyone reads them, `ija_edit_content` changes them. Each write raises the plan's version (its
 * ETag, "v<n>") under a lock on the plan, so two editors changing different steps both keep their change; a write
 * whose If-Match names another version is refused (412 `version-conflict`) and changes nothing.
 *
 * @package IjaWidgets
 */

namespace IjaWidgets;

defined( 'ABSPATH' ) || exit;

function version_of( \stdClass $plan ): int {
	return $plan->version ?? 1;
}

/** Stores the plan as the version after the one it was read at. */
function store_next_plan( \stdClass $plan, int $previous_version ): \stdClass {
	$plan->version = $previous_version + 1;
	put_document( POST_TYPES['plan'], $plan->id, $plan );
	return $plan;
}

/**
 * Runs a change of one plan under its lock: `$change` gets the stored plan (404 when there is none).
 *
 * @param callable(\stdClass): mixed $change
 */
function change_plan( string $plan_id, callable $change ): mixed {
	return with_lock( 'plan:' . $plan_id, static fn () => $change( get_document( POST_TYPES['plan'], $plan_id ) ?? throw not_found() ) );
}

function point_index( \stdClass $plan, string $point_id ): int {
	foreach ( $plan->points as $index => $point ) {
		if ( $point->id === $point_id ) {
			return $index;
		}
	}
	throw not_found();
}

function step_index( array $steps, string $step_id ): int {
	foreach ( $steps as $index => $step ) {
		if ( $step->id === $step_id ) {
			return $index;
		}
	}
	throw not_found();
}

/**
 * Changes one point's steps. `$repeat` is asked before If-Match: a retried add is answered as the first one was.
 *
 * @param callable(array): array      $change Answers the new steps.
 * @param null|callable(array): bool $repeat Whether the request was done already.
 * @return array{0: \stdClass, 1: bool} The point, and whether it changed.
 */
function change_steps( \WP_REST_Request $request, callable $change, ?callable $repeat = null ): array {
	return change_plan(
		path_id( $request ),
		static function ( \stdClass $plan ) use ( $request, $change, $repeat ) {
			$index = point_index( $plan, path_id( $request, 'pointId' ) );
			$point = $plan->points[ $index ];
			$steps = $point->steps ?? array();
			if ( null !== $repeat && $repeat( $steps ) ) {
				return array( $point, false );
			}
			check_if_match( $request, version_of( $plan ) );
			$point->steps              = array_values( $change( $steps ) );
			$point->updatedAt          = now_iso(); // phpcs:ignore WordPress.NamingConventions.ValidVariableName -- the contract's name.
			$plan->points[ $index ]    = $point;
			store_next_plan( $plan, version_of( $plan ) );
			return array( $point, true );
		}
	);
}

function clamp( int $value, int $min, int $max ): int {
	return min( max( $value, $min ), $max );
}

function put_plan( \WP_REST_Request $request ): \WP_REST_Response {
	$id   = path_id( $request );
	$plan = body_of( $request, 'plan' );
	same_id( $id, $plan );
	// The version is the server's to set.
	unset( $plan->version );
	if ( isset( $plan->check ) && ! isset( $plan->check->updatedAt ) ) { // phpcs:ignore WordPress.NamingConventions.ValidVariableName
		$plan->check->updatedAt = now_iso(); // phpcs:ignore WordPress.NamingConventions.ValidVariableName
	}
	return with_lock(
		'plan:' . $id,
		static function () use ( $request, $id, $plan ) {
			$current = get_document( POST_TYPES['plan'], $id );
			check_if_match( $request, null === $current ? null : version_of( $current ) );
			if ( null === $current ) {
				$plan->version = 1;
				put_document( POST_TYPES['plan'], $id, $plan );
				return new \WP_REST_Response( $plan, 201 );
			}
			// The self-check has its own route: a plan sent without one keeps the stored one.
			if ( ! isset( $plan->check ) && isset( $current->check ) ) {
				$plan->check = $current->check;
			}
			return new \WP_REST_Response( store_next_plan( $plan, version_of( $current ) ), 200 );
		}
	);
}

function patch_plan_point( \WP_REST_Request $request ): \WP_REST_Response {
	$patch = body_of( $request, 'plan-point-patch' );
	$point = change_plan(
		path_id( $request ),
		static function ( \stdClass $plan ) use ( $request, $patch ) {
			check_if_match( $request, version_of( $plan ) );
			$index = point_index( $plan, path_id( $request, 'pointId' ) );
			$point = $plan->points[ $index ];
			foreach ( array( 'title', 'summary', 'status', 'steps' ) as $field ) {
				if ( property_exists( $patch, $field ) ) {
					$point->$field = $patch->$field;
				}
			}
			// null removes the responsible person or the target date.
			foreach ( array( 'responsible', 'targetDate' ) as $field ) {
				if ( property_exists( $patch, $field ) ) {
					if ( null === $patch->$field ) {
						unset( $point->$field );
					} else {
						$point->$field = $patch->$field;
					}
				}
			}
			$point->updatedAt       = now_iso(); // phpcs:ignore WordPress.NamingConventions.ValidVariableName
			$plan->points[ $index ] = $point;
			store_next_plan( $plan, version_of( $plan ) );
			return $point;
		}
	);
	return new \WP_REST_Response( $point, 200 );
}

function add_plan_step( \WP_REST_Request $request ): \WP_REST_Response {
	$step  = body_of( $request, 'new-plan-step' );
	$added = (object) array(
		'id'   => $step->id,
		'text' => $step->text,
		'done' => $step->done ?? false,
	);
	if ( isset( $step->source ) ) {
		$added->source = $step->source;
	}
	list( $point, $created ) = change_steps(
		$request,
		static function ( array $steps ) use ( $step, $added ) {
			array_splice( $steps, clamp( $step->position ?? count( $steps ), 0, count( $steps ) ), 0, array( $added ) );
			return $steps;
		},
		static fn ( array $steps ) => in_array( $step->id, array_column( $steps, 'id' ), true )
	);
	return new \WP_REST_Response( $point, $created ? 201 : 200 );
}

function update_plan_step( \WP_REST_Request $request ): \WP_REST_Response {
	$patch     = body_of( $request, 'plan-step-patch' );
	$step_id   = path_id( $request, 'stepId' );
	list( $point ) = change_steps(
		$request,
		static function ( array $steps ) use ( $patch, $step_id ) {
			$index  = step_index( $steps, $step_id );
			$step   = array_splice( $steps, $index, 1 )[0];
			foreach ( array( 'text', 'done' ) as $field ) {
				if ( property_exists( $patch, $field ) ) {
					$step->$field = $patch->$field;
				}
			}
			array_splice( $steps, clamp( $patch->position ?? $index, 0, count( $steps ) ), 0, array( $step ) );
			return $steps;
		}
	);
	return new \WP_REST_Response( $point, 200 );
}

function delete_plan_step( \WP_REST_Request $request ): \WP_REST_Response {
	$step_id       = path_id( $request, 'stepId' );
	list( $point ) = change_steps(
		$request,
		static function ( array $steps ) use ( $step_id ) {
			array_splice( $steps, step_index( $steps, $step_id ), 1 );
			return $steps;
		}
	);
	return new \WP_REST_Response( $point, 200 );
}

function save_plan_check( \WP_REST_Request $request ): \WP_REST_Response {
	$check  = body_of( $request, 'plan-check' );
	$stored = change_plan(
		path_id( $request ),
		static function ( \stdClass $plan ) use ( $request, $check ) {
			check_if_match( $request, version_of( $plan ) );
			$plan->check = (object) array(
				'answers'   => $check->answers,
				'updatedAt' => now_iso(),
			);
			store_next_plan( $plan, version_of( $plan ) );
			return $plan->check;
		}
	);
	return new \WP_REST_Response( $stored, 200 );
}

add_action(
	'rest_api_init',
	static function () {
		$plan  = '/plans/(?P<id>[^/]+)';
		$point = $plan . '/points/(?P<pointId>[^/]+)';
		add_route(
			$plan,
			'GET',
			static function ( \WP_REST_Request $request ) {
				$plan = get_document( POST_TYPES['plan'], path_id( $request ) ) ?? throw not_found();
				return conditional_read( $request, $plan, version_tag( version_of( $plan ) ) );
			},
			null
		);
		add_route( $plan, 'PUT', __NAMESPACE__ . '\put_plan', CAP_EDIT_CONTENT );
		add_route( $point, 'PATCH', __NAMESPACE__ . '\patch_plan_point', CAP_EDIT_CONTENT );
		add_route( $point . '/steps', 'POST', __NAMESPACE__ . '\add_plan_step', CAP_EDIT_CONTENT );
		add_route( $point . '/steps/(?P<stepId>[^/]+)', 'PATCH', __NAMESPACE__ . '\update_plan_step', CAP_EDIT_CONTENT );
		add_route( $point . '/steps/(?P<stepId>[^/]+)', 'DELETE', __NAMESPACE__ . '\delete_plan_step', CAP_EDIT_CONTENT );
		add_route( $plan . '/check', 'PUT', __NAMESPACE__ . '\save_plan_check', CAP_EDIT_CONTENT );
	}
);
