/** Unigate cache. */
package org.unigate;
