"""The line-balancing workspace: task table, precedence graph, Yamazumi, methods, classroom."""
