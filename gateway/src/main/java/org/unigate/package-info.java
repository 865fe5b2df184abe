/** Unigate gateway. */
package org.unigate;
