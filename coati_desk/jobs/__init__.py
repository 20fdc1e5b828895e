"""Where the payroll meets the queue: the app's tasks, the dispatcher that sends them, the
database every process on a queue must share, the external workers' entry points, and the use
cases the window, the CLI and the self-test share.

    gui, cli  ->  jobs  ->  payroll, queue   (payroll and queue never import each other)
"""
