/** Small, deterministic learners for the models a brief ships with (their training commands live in the CLI). */
package io.dossier.learn;
