module example.com/lumenbank/gateway

go 1.21

require (
	github.com/gin-gonic/gin v1.7.4
	golang.org/x/net v0.10.0
)

require (
	github.com/go-playground/validator/v10 v10.4.1 // indirect
	golang.org/x/sys v0.8.0 // indirect
	golang.org/x/text v0.9.0 // indirect
)
