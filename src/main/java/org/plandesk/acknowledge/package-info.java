/**
 * Read and acknowledge: when a plan version enters into force, each member of the groups the
 * coordinator chose (all staff by default) reads it and confirms, once and for good. Its public API
 * is the domain at the top of this package ({@link org.plandesk.acknowledge.Acknowledgements}); the
 * process that reminds, escalates and closes lives in {@code acknowledge/process}, the pages in
 * {@code acknowledge/web}.
 */
package org.plandesk.acknowledge;
