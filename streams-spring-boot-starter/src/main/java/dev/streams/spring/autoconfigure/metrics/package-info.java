/**
 * Auto-configuration of the Micrometer meter binders.
 */
@NullMarked
package dev.streams.spring.autoconfigure.metrics;

import org.jspecify.annotations.NullMarked;
