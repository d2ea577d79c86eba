# The newsnlp image: one static binary (CGO_ENABLED=0: no libc, no C
# compiler) on an empty base. The Kubernetes manifest in deploy/ runs it.
#
#   docker build -t registry.example.org/newsnlp:latest .
#   docker run --rm -v "$PWD:/data" registry.example.org/newsnlp:latest run --out /data/out /data/dumps
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/newsnlp ./cmd/newsnlp

# scratch: nothing but the binary (models and vocabularies are embedded; no
# network at run time, so no CA certificates either).
FROM scratch
COPY --from=build /out/newsnlp /newsnlp
USER 65532:65532
ENTRYPOINT ["/newsnlp"]
CMD ["--help"]
