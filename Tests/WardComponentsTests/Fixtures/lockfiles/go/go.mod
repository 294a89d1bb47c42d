module example.com/bank/ledger

go 1.21

require (
	github.com/gin-gonic/gin v1.9.1
	github.com/pkg/errors v0.9.1
	golang.org/x/text v0.13.0 // indirect
	example.com/bank/internal v0.0.0-00010101000000-000000000000
)

require github.com/google/uuid v1.3.1 // indirect

replace github.com/pkg/errors => github.com/pkg/errors v0.9.2-fork.1

replace example.com/bank/internal => ../internal
