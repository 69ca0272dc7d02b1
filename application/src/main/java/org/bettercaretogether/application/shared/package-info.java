/**
 * What every use case shares: the outcome it answers, the small family of rejections, and the transaction
 * boundary it runs in.
 */
package org.bettercaretogether.application.shared;
