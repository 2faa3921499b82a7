/**
 * Auto-configuration of the streams health contributor.
 */
@NullMarked
package dev.streams.spring.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
