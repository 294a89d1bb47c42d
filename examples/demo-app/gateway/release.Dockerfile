# Hardened production image of the gateway: pinned bases, no shell downloads, non-root, health-checked.
FROM golang:1.23.4-alpine3.21 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/gateway ./cmd/gateway

FROM alpine:3.21@sha256:21dc6063fd678b478f57c0e13f47560d0ea4eeba26dfc947b2a4f81f686b9f45
COPY --from=build /out/gateway /usr/local/bin/gateway
USER 10001:10001
EXPOSE 8443
HEALTHCHECK --interval=30s --timeout=3s CMD ["/usr/local/bin/gateway", "healthcheck"]
ENTRYPOINT ["/usr/local/bin/gateway"]
