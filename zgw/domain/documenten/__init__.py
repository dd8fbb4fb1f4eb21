"""The Documenten domain: enkelvoudiginformatieobjecten with their versions and content (GridFS), and
(zgw.domain.documenten.gebruiksrechten / objectinformatieobjecten / verzendingen / registreren) what hangs
off them."""
