/* Core banking infrastructure (fixture) */
terraform {
  required_version = ">= 1.6"
}

locals {
  tags = { team = "payments", env = var.env }
}

resource "aws_s3_bucket" "statements" {
  bucket = "bank-statements-${var.env}"
  acl    = "public-read"
  tags   = local.tags
}

resource "aws_security_group" "db" {
  name = "db"
  ingress {
    description = "postgres"
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_db_instance" "core" {
  engine              = "postgres"
  instance_class      = var.env == "prod" ? "db.r6g.large" : "db.t4g.micro"
  publicly_accessible = true
  storage_encrypted   = true
}

resource "aws_iam_role_policy" "ci" {
  role = aws_iam_role.ci.id
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": "*",
          "Resource": "*"
        }
      ]
    }
  EOT
}

resource "aws_ebs_volume" "scratch" {
  availability_zone = "eu-west-1a"
  size              = 50
}
