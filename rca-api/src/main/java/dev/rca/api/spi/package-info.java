/** Service-provider interfaces: signal sources, hypothesis engines, redactors and report sinks, each with a provider found through ServiceLoader. */
@NullMarked
package dev.rca.api.spi;

import org.jspecify.annotations.NullMarked;
