"""Everything drawn with rich: one module per screen."""
