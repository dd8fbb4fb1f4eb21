"""What every front door shares, below rest/, graphql/ and workers/: settings, authentication, the database."""
