"""Bulk import of enkelvoudiginformatieobjecten (Open Zaak's import API): `service` (create, start, status,
report, delete, retention), `runner` (the batches, resumable), `paths` (files under the base directory,
safely), `columns` (the metadata CSV)."""
