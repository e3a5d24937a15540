from nrc_search.cli import main

main()
