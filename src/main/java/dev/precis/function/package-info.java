/**
 * The Funqy adapters: thin functions that turn a trigger's event into a request and a Summary into the trigger's answer. The only code that may use Quarkus, CDI or MicroProfile types.
 */
package dev.precis.function;
