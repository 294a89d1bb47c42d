// Package transfers reads and writes SEPA transfers in the ledger database.
package transfers

import (
	"context"
	"database/sql"
	"fmt"
	"os/exec"
)

type Store struct {
	db *sql.DB
}

// ByReference looks a transfer up by the reference the customer typed in the app.
func (s *Store) ByReference(ctx context.Context, iban, reference string) (*sql.Rows, error) {
	return s.db.QueryContext(ctx, fmt.Sprintf("SELECT id, amount, status FROM transfers WHERE iban = '%s' AND reference = '%s'", iban, reference))
}

// ByReferenceSafely is the same lookup with bound parameters.
func (s *Store) ByReferenceSafely(ctx context.Context, iban, reference string) (*sql.Rows, error) {
	return s.db.QueryContext(ctx, "SELECT id, amount, status FROM transfers WHERE iban = $1 AND reference = $2", iban, reference)
}

// Cancel marks a pending transfer as cancelled.
func (s *Store) Cancel(ctx context.Context, id string) error {
	_, err := s.db.ExecContext(ctx, "UPDATE transfers SET status = 'cancelled' WHERE id = '"+id+"'")
	return err
}

// CancelSafely is Cancel with a bound parameter.
func (s *Store) CancelSafely(ctx context.Context, id string) error {
	_, err := s.db.ExecContext(ctx, "UPDATE transfers SET status = 'cancelled' WHERE id = $1", id)
	return err
}

// ExportBatch compresses a day's batch file for the clearing house.
func ExportBatch(ctx context.Context, batchFile string) error {
	return exec.CommandContext(ctx, "sh", "-c", "gzip -9 "+batchFile).Run()
}

// ExportBatchSafely runs gzip directly, without a shell.
func ExportBatchSafely(ctx context.Context, batchFile string) error {
	return exec.CommandContext(ctx, "gzip", "-9", batchFile).Run()
}
