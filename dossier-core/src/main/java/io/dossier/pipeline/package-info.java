/** The whole path from inputs to a brief: configuration, progress reporting and the pipeline. */
package io.dossier.pipeline;
