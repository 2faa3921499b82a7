/**
 * Implementation support shared by the stream packages. <strong>Not API:</strong> anything here
 * may change without notice; do not use it from outside Streams for Java.
 */
package dev.streams.internal;
