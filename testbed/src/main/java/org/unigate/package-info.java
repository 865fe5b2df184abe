/** Unigate testbed. */
package org.unigate;
