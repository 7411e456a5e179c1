/**
 * The Relazione sulla performance: the report of a plan's year, built from the frozen report of its closed final
 * period with the evidence behind each objective and the OIV's validation, as DOCX and as PDF.
 */
package it.perfmon.relazione;
