from whosaid.cli import main

main()
