"""Demo: `make run`'s bundled sample news site, served on a loopback port, and the one-shot daily run over it.
Takes nothing; gives a warehouse, a serving copy and the incidents printed on the console."""
