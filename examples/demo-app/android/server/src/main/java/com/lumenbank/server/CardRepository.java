package com.lumenbank.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Reads payment cards from the card ledger. */
public final class CardRepository {
    private final Connection connection;

    public CardRepository(Connection connection) {
        this.connection = connection;
    }

    public ResultSet cardsFor(String customerId) throws SQLException {
        Statement statement = connection.createStatement();
        return statement.executeQuery("SELECT pan_last4, expiry, status FROM cards WHERE customer_id = '" + customerId + "'");
    }

    public ResultSet cardsForSafely(String customerId) throws SQLException {
        PreparedStatement statement = connection.prepareStatement("SELECT pan_last4, expiry, status FROM cards WHERE customer_id = ?");
        statement.setString(1, customerId);
        return statement.executeQuery();
    }

    public int block(String cardId, String reason) throws SQLException {
        String sql = "UPDATE cards SET status = 'blocked', reason = '" + reason + "' WHERE id = '" + cardId + "'";
        return connection.createStatement().executeUpdate(sql);
    }

    public int blockSafely(String cardId, String reason) throws SQLException {
        String sql = "UPDATE cards SET status = 'blocked', reason = ? WHERE id = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, reason);
            statement.setString(2, cardId);
            return statement.executeUpdate();
        }
    }
}
