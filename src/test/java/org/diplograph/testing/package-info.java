/** Helpers shared by tests of several packages: the bundled demo articles, CSV tables. */
package org.diplograph.testing;
