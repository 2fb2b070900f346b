from sitrep.demo.run import main

raise SystemExit(main())
