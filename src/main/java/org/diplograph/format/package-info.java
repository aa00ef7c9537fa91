/**
 * Flat output formats of extraction results: JSON Lines as {@code shared/spec/extract-output.md} specifies.
 */
package org.diplograph.format;
