/**
 * Documents the agency publishes, as a format-free model ({@link it.perfmon.document.PublishedDocument}) and its
 * writers: an accessible PDF (PDF/A-2 for archiving, PDF/UA-1 for screen readers) and a DOCX to finish by hand.
 */
package it.perfmon.document;
