/**
 * Auto-configuration and configuration properties of the starter (streams.*).
 */
@NullMarked
package dev.streams.spring.autoconfigure;

import org.jspecify.annotations.NullMarked;
