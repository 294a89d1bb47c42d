# Buckets and databases of the Lumen Bank platform (AWS, eu-central-1).

resource "aws_s3_bucket" "marketing_assets" {
  bucket = "lumen-marketing-assets-example"
  acl    = "public-read"
}

resource "aws_s3_bucket" "statements" {
  bucket = "lumen-statements-example"
}

resource "aws_s3_bucket_acl" "statements" {
  bucket = aws_s3_bucket.statements.id
  acl    = "private"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "statements" {
  bucket = aws_s3_bucket.statements.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.statements.arn
    }
  }
}

resource "aws_kms_key" "statements" {
  description         = "Statement PDFs at rest"
  enable_key_rotation = true
}

resource "aws_db_instance" "reporting" {
  identifier          = "lumen-reporting"
  engine              = "postgres"
  instance_class      = "db.t3.medium"
  storage_encrypted   = false
  publicly_accessible = true
}

resource "aws_db_instance" "ledger" {
  identifier          = "lumen-ledger"
  engine              = "postgres"
  instance_class      = "db.r6g.large"
  storage_encrypted   = true
  publicly_accessible = false
}
