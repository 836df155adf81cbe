--liquibase formatted sql

--changeset debt-os:020-embedding-chunks
--comment: what a search result shows of a chunk without reading the repository (the function's name, its language, the
-- first lines of its code), and the dimension of the model that produced the vector. Rows hold the repository's last
-- analysed tree: the embed stage rewrites the rows of files whose chunks changed and deletes those of removed files.
ALTER TABLE file_embeddings
    ADD COLUMN name text,
    ADD COLUMN language text NOT NULL DEFAULT '',
    ADD COLUMN snippet text NOT NULL DEFAULT '',
    ADD COLUMN dimensions integer NOT NULL DEFAULT 384 CONSTRAINT ck_file_embeddings_dimensions CHECK (dimensions > 0);
-- the stage reads a repository's stored chunks for one model, file by file
CREATE INDEX idx_file_embeddings_repository_model_path ON file_embeddings (repository_id, model, path, chunk_index);
--rollback DROP INDEX idx_file_embeddings_repository_model_path;
--rollback ALTER TABLE file_embeddings DROP COLUMN name, DROP COLUMN language, DROP COLUMN snippet, DROP COLUMN dimensions;
