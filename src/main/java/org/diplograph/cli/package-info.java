/**
 * The command line: one picocli class per command, wiring the other packages together.
 * Only {@link org.diplograph.cli.Main} calls {@code System.exit}.
 */
package org.diplograph.cli;
