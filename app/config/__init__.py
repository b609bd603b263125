"""Where files live and the typed preferences kept in the user's config folder."""
