/** The workstreams' repository port. */
package org.bettercaretogether.application.workstream;
