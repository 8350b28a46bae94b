// seedbed public API: re-exports only.
