"""Pure Python rules of the business: no Qt, no SQL."""
